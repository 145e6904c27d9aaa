package jp.yui.domain.shared;

import java.util.UUID;

/** Aggregate identifiers carry their type, so two aggregate types never share an event stream. */
public final class Ids {

    private Ids() {
    }

    public static String newId(String type) {
        return type + ":" + UUID.randomUUID();
    }

    public static boolean isOfType(String id, String type) {
        return id != null && id.startsWith(type + ":") && id.length() > type.length() + 1;
    }
}
