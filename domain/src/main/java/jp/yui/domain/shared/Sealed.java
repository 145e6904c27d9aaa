package jp.yui.domain.shared;

/**
 * Personal data as it is stored: encrypted with the key of one person ({@code subjectId}), so that destroying that
 * key makes it unreadable everywhere it was copied (events, views, backups). Opened only through a
 * {@link PersonalDataVault}.
 */
public record Sealed(String subjectId, String ciphertext) {

    @Override
    public String toString() {
        return "Sealed[" + subjectId + "]";
    }
}
