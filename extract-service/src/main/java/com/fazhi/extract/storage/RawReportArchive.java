package com.fazhi.extract.storage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.types.Binary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fazhi.contract.StoreCollections;
import com.fazhi.contract.model.RawReport;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * The raw reports this service keeps in {@code raw_reports} ({@link ReportStore} writes them), read back for
 * re-extraction, and which of them have a document made by a given extractor version in {@code reports}.
 */
@ApplicationScoped
public class RawReportArchive {

    private final MongoCollection<Document> raw;
    private final MongoCollection<Document> reports;

    public RawReportArchive(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.raw = mongo.getDatabase(database).getCollection(StoreCollections.RAW_REPORTS);
        this.reports = mongo.getDatabase(database).getCollection(StoreCollections.REPORTS);
    }

    /** Of these ids, the ones whose document was made by this extractor version (one read by _id). */
    public Set<String> upToDate(List<String> ids, String extractorVersion) {
        Set<String> current = new HashSet<>();
        for (Document d : reports.find(Filters.and(Filters.in("_id", ids), Filters.eq("extractorVersion", extractorVersion)))
                .projection(Projections.include("_id"))) {
            current.add(d.getString("_id"));
        }
        return current;
    }

    /** Every stored raw report, in id order, in pages of {@code pageSize} (the cursor streams: the collection may be large). */
    public void forEachPage(int pageSize, Consumer<List<RawReport>> action) {
        List<RawReport> page = new ArrayList<>(pageSize);
        for (Document d : raw.find().sort(new Document("_id", 1))) {
            page.add(toReport(d));
            if (page.size() == pageSize) {
                action.accept(page);
                page = new ArrayList<>(pageSize);
            }
        }
        if (!page.isEmpty()) {
            action.accept(page);
        }
    }

    public long count() {
        return raw.countDocuments();
    }

    static RawReport toReport(Document d) {
        Object bytes = d.get("bytes");
        return new RawReport(d.getString("_id"), d.getString("url"), d.getString("fetchedAt"), d.getString("source"),
                d.getString("title"), d.getString("contentType"), d.getString("text"), d.getString("html"),
                bytes instanceof Binary b ? b.getData() : null, d.getString("receivedAt"));
    }
}
