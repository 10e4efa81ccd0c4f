package com.fazhi.extract.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.extract.domain.Extraction;
import com.fazhi.extract.domain.Retrier;
import com.fazhi.reference.dedup.ReportFingerprint;
import com.fazhi.contract.StoreCollections;
import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.contract.model.RawReport;
import com.fazhi.contract.model.ReportDocument;
import com.fazhi.contract.model.ReportDocumentCodec;
import com.fazhi.reference.search.SearchTerms;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

/**
 * The two collections extract-service writes, both keyed by report id: {@code raw_reports} (what the crawler sent,
 * for re-extraction, with every URL, crawler and API key that sent it) and {@code reports} (the structured documents
 * query-service reads). Writes are upserts, one bulk write per collection per batch, so a redelivery replaces rather
 * than duplicates. A write that fails for an outage is retried by the service's one
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
        this.raw = mongo.getDatabase(database).getCollection(StoreCollections.RAW_REPORTS);
        this.reports = mongo.getDatabase(database).getCollection(StoreCollections.REPORTS);
        this.json = json;
        this.retrier = retrier;
        this.storeSearchTerms = storeSearchTerms;
    }

    /**
     * Writes a batch: one unordered bulk upsert into {@code raw_reports} and one into {@code reports}, each retried
     * while MongoDB is away. The raw document keeps every URL and crawler that sent the report (the same content from
     * two sites is one report).
     *
     * @return the documents as stored, in order
     */
    public List<ReportDocument> saveAll(List<Extraction> batch) {
        List<WriteModel<Document>> raws = new ArrayList<>(batch.size());
        List<WriteModel<Document>> documents = new ArrayList<>(batch.size());
        List<ReportDocument> stored = new ArrayList<>(batch.size());
        Instant extractedAt = Instant.now();
        for (Extraction e : batch) {
            raws.add(new UpdateOneModel<>(Filters.eq("_id", e.raw().id()), rawUpdate(e.raw()), UPSERT));
            ReportDocument doc = ReportDocument.of(e.raw(), e.extracted(), extractedAt,
                    e.fingerprint() == null ? null : ReportFingerprint.toContract(e.fingerprint()));
            documents.add(new ReplaceOneModel<>(Filters.eq("_id", doc.id()), bson(doc), REPLACE_UPSERT));
            stored.add(doc);
        }
        retrier.run("mongodb", () -> raw.bulkWrite(raws, UNORDERED));
        retrier.run("mongodb", () -> reports.bulkWrite(documents, UNORDERED));
        return stored;
    }

    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final ReplaceOptions REPLACE_UPSERT = new ReplaceOptions().upsert(true);

    private Bson rawUpdate(RawReport report) {
        Document fields = new Document(json.convertValue(report, MAP));
        fields.remove("id");
        if (report.bytes() != null) {
            fields.put("bytes", report.bytes()); // binary, not base64 text
        }
        List<Bson> updates = new ArrayList<>();
        fields.forEach((k, v) -> updates.add(Updates.set(k, v)));
        if (report.url() != null) {
            updates.add(Updates.addToSet("urls", report.url()));
        }
        if (report.source() != null) {
            updates.add(Updates.addToSet("sources", report.source()));
        }
        if (report.ingestedBy() != null) {
            updates.add(Updates.addToSet("ingestKeys", report.ingestedBy())); // every key that sent it, for the audit
        }
        updates.add(Updates.setOnInsert("firstSeenAt", new Date()));
        return Updates.combine(updates);
    }

    /** The document in the contract's encoding, with the store-only search terms where configured. */
    private Document bson(ReportDocument doc) {
        Document out = ReportDocumentCodec.toBson(doc);
        if (storeSearchTerms) {
            // distinct Han bigrams and Latin words of the title and text (multikey index), so the documents are
            // searchable in MongoDB itself with $all; query-service searches its own in-memory index
            ExtractedReport extracted = doc.report();
            out.put("searchTerms", new ArrayList<>(SearchTerms.of(
                    (extracted.title() == null ? "" : extracted.title() + "\n") + extracted.text())));
        }
        return out;
    }
}
