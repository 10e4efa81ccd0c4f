// mongosh "$MONGODB_URI" deploy/mongodb/indexes.js
// The indexes the services create at start, for a DBA to create ahead of time (e.g. before sharding).
const db = db.getSiblingDB("fazhi");
const reports = db.reports;
reports.createIndex({ "region.code": 1, reportYear: -1 }, { name: "code_year" });   // also the shard key's prefix
reports.createIndex({ reportYear: -1, publishedAt: -1 }, { name: "year_published" });
reports.createIndex({ level: 1, reportYear: -1 }, { name: "level_year" });
reports.createIndex({ "region.province": 1, reportYear: -1 }, { name: "province_year" });
reports.createIndex({ "region.city": 1, reportYear: -1 }, { name: "city_year" });
reports.createIndex({ "region.county": 1, reportYear: -1 }, { name: "county_year" });
reports.createIndex({ "indicators.key": 1, reportYear: -1 }, { name: "indicator_year" });
reports.createIndex({ "compliance.onTime": 1, reportYear: -1 }, { name: "ontime_year" });
reports.createIndex({ authority: 1 }, { name: "authority" });
reports.createIndex({ searchTerms: 1 }, { name: "search_terms" });                    // multikey
reports.createIndex({ extractorVersion: 1 }, { name: "extractor_version" });          // re-extraction finds stale ones
// raw_reports is read by _id only.
