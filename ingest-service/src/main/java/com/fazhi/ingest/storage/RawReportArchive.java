package com.fazhi.ingest.storage;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.types.Binary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fazhi.extractor.model.RawReport;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;

/** The raw reports extract-service keeps in {@code raw_reports} (what each crawler sent), read back for re-extraction. */
@ApplicationScoped
public class RawReportArchive {

    private final MongoCollection<Document> raw;

    public RawReportArchive(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.raw = mongo.getDatabase(database).getCollection("raw_reports");
    }

    public long count() {
        return raw.countDocuments();
    }

    /** Every stored raw report, in id order, one at a time (the cursor streams: the collection may be large). */
    public void forEach(Consumer<RawReport> action) {
        for (Document d : raw.find().sort(new Document("_id", 1))) {
            action.accept(toReport(d));
        }
    }

    static RawReport toReport(Document d) {
        Object bytes = d.get("bytes");
        return new RawReport(d.getString("_id"), d.getString("url"), d.getString("fetchedAt"), d.getString("source"),
                d.getString("title"), d.getString("contentType"), d.getString("text"), d.getString("html"),
                bytes instanceof Binary b ? b.getData() : null, d.getString("receivedAt"));
    }
}
