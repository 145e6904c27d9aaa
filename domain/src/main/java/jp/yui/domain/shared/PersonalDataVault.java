package jp.yui.domain.shared;

import java.util.Optional;

/**
 * Crypto-shredding: personal data is sealed with a key of its own person (resident, driver, user), kept apart from
 * the events. Erasing the person destroys the key; everything sealed with it stays in the store, unreadable.
 * Implemented in infra.
 */
public interface PersonalDataVault {

    /** Seals a value (a record of personal fields) with the subject's key, creating the key on first use. */
    Sealed seal(String subjectId, Object value);

    /** The value, or empty when the subject has been erased. */
    <T> Optional<T> open(Sealed sealed, Class<T> type);

    /** Destroys the subject's key. Idempotent. */
    void erase(String subjectId);

    default <T> Optional<T> openNullable(Sealed sealed, Class<T> type) {
        return sealed == null ? Optional.empty() : open(sealed, type);
    }
}
