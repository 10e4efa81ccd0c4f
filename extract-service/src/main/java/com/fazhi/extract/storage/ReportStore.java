package com.fazhi.extract.storage;

import java.util.Date;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.extract.domain.Retrier;
import com.fazhi.extractor.model.ExtractedReport;
import com.fazhi.extractor.model.RawReport;
import com.fazhi.extractor.search.SearchTerms;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/**
 * The two collections extract-service writes, both keyed by report id: {@code raw_reports} (what the crawler sent,
 * for re-extraction) and {@code reports} (the structured documents query-service reads). Writes are upserts, so a
 * redelivery replaces rather than duplicates. A write that fails for an outage is retried by the service's one
 * {@link Retrier} until MongoDB takes it: the record is not acknowledged meanwhile, so nothing is skipped.
 */
@ApplicationScoped
public class ReportStore {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final MongoCollection<Document> raw;
    private final MongoCollection<Document> reports;
    private final ObjectMapper json;
    private final Retrier retrier;
    private final boolean storeSearchTerms;

    public ReportStore(MongoClient mongo, ObjectMapper json,
            @ConfigProperty(name = "quarkus.mongodb.database") String database,
            Retrier retrier, @ConfigProperty(name = "extract.store-search-terms") boolean storeSearchTerms) {
        this.raw = mongo.getDatabase(database).getCollection("raw_reports");
        this.reports = mongo.getDatabase(database).getCollection("reports");
        this.json = json;
        this.retrier = retrier;
        this.storeSearchTerms = storeSearchTerms;
    }

    public void saveRaw(RawReport report) {
        Document doc = new Document(json.convertValue(report, MAP));
        doc.put("_id", report.id());
        doc.remove("id");
        if (report.bytes() != null) {
            doc.put("bytes", report.bytes()); // binary, not base64 text
        }
        upsert(raw, report.id(), doc);
    }

    /** @return the document as stored (with {@code _id}) */
    public Document saveExtracted(RawReport source, ExtractedReport extracted) {
        Document doc = new Document("_id", source.id());
        doc.putAll(json.convertValue(extracted, MAP));
        doc.put("source", new Document("url", source.url())
                .append("crawler", source.source())
                .append("fetchedAt", source.fetchedAt())
                .append("receivedAt", source.receivedAt())
                .append("pageTitle", source.title())
                .append("contentType", source.contentType()));
        doc.put("extractedAt", new Date());
        if (storeSearchTerms) {
            // distinct Han bigrams and Latin words of the title and text (multikey index), so the documents are
            // searchable in MongoDB itself with $all; query-service searches its own in-memory index
            doc.put("searchTerms", new java.util.ArrayList<>(SearchTerms.of(
                    (extracted.title() == null ? "" : extracted.title() + "\n") + extracted.text())));
        }
        upsert(reports, source.id(), doc);
        return doc;
    }

    private void upsert(MongoCollection<Document> collection, String id, Document doc) {
        retrier.run("mongodb", () -> collection.replaceOne(Filters.eq("_id", id), doc, new ReplaceOptions().upsert(true)));
    }
}
