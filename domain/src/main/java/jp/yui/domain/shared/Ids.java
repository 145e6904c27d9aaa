package jp.yui.domain.shared;

import java.util.UUID;

/** Aggregate identifiers carry their type, so two aggregate types never share an event stream. */
public final class Ids {

    private Ids() {
    }

    public static String newId(String type) {
        return type + ":" + UUID.randomUUID();
    }

    /** The same id every time for the same name: for things generated again, like a recurring booking's rides. */
    public static String derivedId(String type, String name) {
        return type + ":" + UUID.nameUUIDFromBytes((type + "/" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static boolean isOfType(String id, String type) {
        return id != null && id.startsWith(type + ":") && id.length() > type.length() + 1;
    }
}
