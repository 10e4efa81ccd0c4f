package com.fazhi.ingest.domain;

import static com.fazhi.ingest.domain.RejectedReportException.BAD_REQUEST;
import static com.fazhi.ingest.domain.RejectedReportException.TOO_LARGE;
import static com.fazhi.ingest.domain.RejectedReportException.UNSUPPORTED_TYPE;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;

import com.fazhi.extractor.ReportIds;
import com.fazhi.extractor.decode.DocumentDecoder;
import com.fazhi.extractor.decode.HtmlText;
import com.fazhi.extractor.decode.UnreadableDocumentException;
import com.fazhi.contract.model.RawReport;

/**
 * Checks a submission and turns it into the {@link RawReport} that goes on the topic, with its content id.
 * Everything wrong with it is a {@link RejectedReportException} carrying a reason a crawler's author can act on.
 */
public final class ReportValidator {

    private static final Instant EARLIEST_FETCH = Instant.parse("2000-01-01T00:00:00Z");
    private static final int MAX_URL = 2048;
    private static final int MAX_SOURCE = 100;
    private static final int MAX_TITLE = 500;

    private final long maxDocumentBytes;

    public ReportValidator(long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
    }

    public RawReport fromJson(CrawlerReport report, Instant now) {
        if (report == null) {
            throw new RejectedReportException(BAD_REQUEST, "the body is empty: send a JSON object with url, source and one of text, html or bytes");
        }
        String url = requireUrl(report.url());
        String source = requireSource(report.source());
        String fetchedAt = checkFetchedAt(report.fetchedAt(), now);
        String title = checkTitle(report.title());
        int documents = (report.text() != null ? 1 : 0) + (report.html() != null ? 1 : 0) + (report.bytes() != null ? 1 : 0);
        if (documents != 1) {
            throw new RejectedReportException(BAD_REQUEST,
                    "send the document as exactly one of text, html or bytes (got " + documents + ")");
        }
        String received = now.toString();
        if (report.text() != null) {
            String text = requireContent(report.text(), "text");
            return new RawReport(ReportIds.ofText(text), url, fetchedAt, source, title, "text/plain", text, null, null, received);
        }
        if (report.html() != null) {
            String html = requireContent(report.html(), "html");
            String id = ReportIds.ofText(requireVisibleText(HtmlText.of(html)));
            return new RawReport(id, url, fetchedAt, source, title, "text/html", null, html, null, received);
        }
        byte[] bytes = decodeBase64(report.bytes());
        return fromBytes(bytes, report.contentType(), url, source, fetchedAt, title, now);
    }

    public RawReport fromUpload(byte[] body, String contentType, String url, String source, String fetchedAt,
            String title, Instant now) {
        return fromBytes(body, contentType, requireUrl(url), source == null || source.isBlank() ? "upload" : requireSource(source),
                checkFetchedAt(fetchedAt, now), checkTitle(title), now);
    }

    private RawReport fromBytes(byte[] bytes, String contentType, String url, String source, String fetchedAt,
            String title, Instant now) {
        if (contentType == null || contentType.isBlank()) {
            throw new RejectedReportException(UNSUPPORTED_TYPE, "bytes need a contentType: text/html, text/plain, "
                    + DocumentDecoder.DOCX + " or " + DocumentDecoder.PDF);
        }
        if (!DocumentDecoder.isSupportedContentType(contentType)) {
            throw new RejectedReportException(UNSUPPORTED_TYPE, "unsupported content type '" + contentType
                    + "': send text/html, text/plain, " + DocumentDecoder.DOCX + " or " + DocumentDecoder.PDF);
        }
        if (bytes == null || bytes.length == 0) {
            throw new RejectedReportException(BAD_REQUEST, "the document is empty");
        }
        checkSize(bytes.length);
        String text;
        try {
            text = DocumentDecoder.bytesToText(bytes, contentType);
        } catch (UnreadableDocumentException e) {
            throw new RejectedReportException(BAD_REQUEST, "the document cannot be read: " + e.getMessage());
        }
        String id = ReportIds.ofText(requireVisibleText(text));
        return new RawReport(id, url, fetchedAt, source, title, contentType.trim(), null, null, bytes, now.toString());
    }

    private String requireContent(String content, String field) {
        checkSize((long) content.length() * 3); // a UTF-8 upper bound, without encoding it
        if (content.isBlank()) {
            throw new RejectedReportException(BAD_REQUEST, field + " is empty");
        }
        return content;
    }

    private static String requireVisibleText(String text) {
        if (text.isBlank()) {
            throw new RejectedReportException(BAD_REQUEST, "the document has no visible text");
        }
        return text;
    }

    private void checkSize(long bytes) {
        if (bytes > maxDocumentBytes) {
            throw new RejectedReportException(TOO_LARGE, "the document is larger than " + maxDocumentBytes + " bytes");
        }
    }

    private static byte[] decodeBase64(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new RejectedReportException(BAD_REQUEST, "bytes is not valid base64: " + e.getMessage());
        }
    }

    private static String requireUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new RejectedReportException(BAD_REQUEST, "url is required: where the report was fetched from");
        }
        if (url.length() > MAX_URL) {
            throw new RejectedReportException(BAD_REQUEST, "url is longer than " + MAX_URL + " characters");
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new RejectedReportException(BAD_REQUEST, "url must be an absolute http(s) URL: " + url);
            }
        } catch (URISyntaxException e) {
            throw new RejectedReportException(BAD_REQUEST, "url is not a valid URL: " + e.getMessage());
        }
        return url.trim();
    }

    private static String requireSource(String source) {
        if (source == null || source.isBlank()) {
            throw new RejectedReportException(BAD_REQUEST, "source is required: the name of the crawler");
        }
        if (source.length() > MAX_SOURCE) {
            throw new RejectedReportException(BAD_REQUEST, "source is longer than " + MAX_SOURCE + " characters");
        }
        return source.trim();
    }

    private static String checkTitle(String title) {
        if (title != null && title.length() > MAX_TITLE) {
            throw new RejectedReportException(BAD_REQUEST, "title is longer than " + MAX_TITLE + " characters");
        }
        return title == null || title.isBlank() ? null : title.strip();
    }

    /** Optional; an ISO-8601 instant, offset date-time or date, not before 2000 and not in the future. */
    static String checkFetchedAt(String fetchedAt, Instant now) {
        if (fetchedAt == null || fetchedAt.isBlank()) {
            return null;
        }
        Instant instant = parseInstant(fetchedAt.trim());
        if (instant.isBefore(EARLIEST_FETCH) || instant.isAfter(now.plus(1, ChronoUnit.DAYS))) {
            throw new RejectedReportException(BAD_REQUEST, "fetchedAt " + fetchedAt + " is not a plausible fetch time"
                    + " (must be between 2000-01-01 and now)");
        }
        return instant.toString();
    }

    private static Instant parseInstant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new RejectedReportException(BAD_REQUEST, "fetchedAt '" + value
                    + "' is not an ISO-8601 date-time (e.g. 2024-02-26T08:00:00Z)");
        }
    }
}
