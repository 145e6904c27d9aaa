package jp.yui.infra.privacy;

import java.util.Optional;

/** Where the per-person keys live, apart from the events. */
public interface KeyRing {

    /** The subject's key; empty when the subject has none yet or was erased. */
    Optional<byte[]> find(String subjectId);

    /** The subject's key, created now if it has none; empty when the subject was erased. */
    Optional<byte[]> findOrCreate(String subjectId);

    /** Destroys the subject's key and remembers that it was erased, so no new key is ever made for it. */
    void destroy(String subjectId);
}
