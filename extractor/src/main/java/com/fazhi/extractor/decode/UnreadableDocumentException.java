package com.fazhi.extractor.decode;

/** The input holds no text the engine can read; the message says why, for the document and the dead-letter record. */
public class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
