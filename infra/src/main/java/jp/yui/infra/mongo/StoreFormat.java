package jp.yui.infra.mongo;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which layout the embedded data file has. Version 2: documents and index keys as BSON, unique indexes ordered by
 * value (see {@link ValueOrderedH2Database}). Version 3: non-unique indexes kept too ({@link SecondaryIndex}); a
 * version 2 file is upgraded when opened, its non-unique indexes built from the documents. A file without a version
 * was written by the stock backend, as development builds before version 2 did; it is refused, untouched, with a
 * message that says what to do.
 */
final class StoreFormat {

    static final int CURRENT = 3;

    /** The oldest version this build opens (and upgrades). */
    private static final int OLDEST_READABLE = 2;

    private static final Logger log = LoggerFactory.getLogger(StoreFormat.class);
    private static final String MAP = "yui.store-format";
    private static final String VERSION = "version";

    private StoreFormat() {
    }

    /**
     * Stamps a new file with the current version, or checks an existing one.
     *
     * @return the file's version; when older than {@link #CURRENT}, call {@link #upgraded} once it is open
     */
    static int check(MVStore store, String fileName) {
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
            return CURRENT;
        }
        Integer version = store.<String, Integer>openMap(MAP).get(VERSION);
        if (version == null || version < OLDEST_READABLE || version > CURRENT) {
            throw new IllegalStateException("The data file " + fileName + " has storage format " + version
                    + "; this version of Yui reads formats " + OLDEST_READABLE + " to " + CURRENT + ".");
        }
        if (version < CURRENT) {
            log.info("Upgrading the data file {} from storage format {} to {}: building its non-unique indexes",
                    fileName, version, CURRENT);
        }
        return version;
    }

    /** Records that an older file was opened, and so upgraded, by this build, in the same commit as its new indexes. */
    static void upgraded(MVStore store, String fileName) {
        store.<String, Integer>openMap(MAP).put(VERSION, CURRENT);
        store.commit();
        log.info("The data file {} now has storage format {}", fileName, CURRENT);
    }
}
