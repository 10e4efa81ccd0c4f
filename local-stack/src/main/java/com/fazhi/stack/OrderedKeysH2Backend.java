package com.fazhi.stack;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;

/**
 * mongo-java-server's H2 backend whose index maps order their keys with {@link SerializedKeyOrder} (same order, no
 * serialisation per comparison). H2 hands out a map that is already open as it is, so opening an index map with the
 * key order first, then letting the library open it by name, gives the library's index that order; nothing else of
 * the backend changes.
 */
final class OrderedKeysH2Backend extends H2Backend {

    /** The library's index map names: {@code <database>.<collection>._index_<index>} (H2Database.mapNameForIndex). */
    private static final String INDEX_MAP_MARK = "._index_";
    /** The library's data and metadata maps (H2Database.DATABASES_PREFIX, META_PREFIX), whatever their names hold. */
    private static final String DATA_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";

    OrderedKeysH2Backend(MVStore store) {
        super(openWithIndexOrder(store));
    }

    private static MVStore openWithIndexOrder(MVStore store) {
        store.getMapNames().stream().filter(name -> name.contains(INDEX_MAP_MARK) && !name.startsWith(DATA_MAP_PREFIX)
                && !name.startsWith(META_MAP_PREFIX)).forEach(name -> openIndexMap(store, name));
        return store;
    }

    private static void openIndexMap(MVStore store, String name) {
        store.openMap(name, new MVMap.Builder<Object, Object>().keyType(new SerializedKeyOrder()));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry()); // set before H2Backend's constructor calls this
    }

    private static final class Database extends H2Database {

        private final MVStore store;

        Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
            super(databaseName, store, cursorRegistry); // opens the existing indexes: their maps are open already
            this.store = store;
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            if (store != null) { // a new index, after the constructor
                openIndexMap(store, getFullCollectionNamespace(collectionName) + INDEX_MAP_MARK + indexName);
            }
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
