// mongosh "$MONGOS_URI" deploy/mongodb/shard.js — see deploy/README.md, "Sharding MongoDB", for the reasoning.
sh.enableSharding("fazhi");
sh.shardCollection("fazhi.reports", { _id: "hashed" });
sh.shardCollection("fazhi.raw_reports", { _id: "hashed" });
