package com.fazhi.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Reads one of the contract's declaration files (topics, indexes) from the classpath; a missing one is an error. */
final class Declarations {

    private Declarations() {
    }

    static Properties read(String resource) {
        Properties p = new Properties();
        try (InputStream in = Declarations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
