package jp.yui.infra.mongo;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Which layout the embedded data file has. Version 2: documents and index keys as BSON, unique indexes ordered by
 * value (see
 * {@link ValueOrderedH2Database}). A file without a version was written by the stock backend, as development builds
 * before it did; it is refused, untouched, with a message that says what to do.
 */
final class StoreFormat {

    static final int CURRENT = 2;

    private static final String MAP = "yui.store-format";
    private static final String VERSION = "version";

    private StoreFormat() {
    }

    /** Stamps a new file with the current version, or checks an existing one. */
    static void check(MVStore store, String fileName) {
        if (!store.hasMap(MAP)) {
            boolean hasData = store.getMapNames().stream()
                    .anyMatch(name -> name.startsWith("databases.") || name.startsWith("meta."));
            if (hasData) {
                throw new IllegalStateException("The data file " + fileName + " was written by an earlier "
                        + "development build of Yui, whose storage this version cannot read. Move the file away "
                        + "(keep it as a backup) and start again with an empty data directory.");
            }
            MVMap<String, Integer> format = store.openMap(MAP);
            format.put(VERSION, CURRENT);
            store.commit();
            return;
        }
        Integer version = store.<String, Integer>openMap(MAP).get(VERSION);
        if (version == null || version != CURRENT) {
            throw new IllegalStateException("The data file " + fileName + " has storage format " + version
                    + "; this version of Yui reads format " + CURRENT + ".");
        }
    }
}
