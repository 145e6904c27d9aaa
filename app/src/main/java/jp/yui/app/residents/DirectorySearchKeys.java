package jp.yui.app.residents;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.residents.query.Kana;
import jp.yui.domain.residents.query.ResidentView;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.query.ViewKey;
import jp.yui.infra.privacy.KeyRing;

/**
 * The keys the resident directory is searched by, so that finding a caller by phone number or by the start of their
 * kana reading is one index lookup instead of opening every resident's sealed details.
 *
 * <p>Each key is a keyed hash (HMAC-SHA-256, shortened to 128 bits) of a normalized value under the organization's own
 * secret, kept in the key ring beside the personal keys: each phone number (digits only), and each start of the kana
 * reading (normalized to hiragana, up to {@value #MAX_KANA} characters). Without the secret the keys say nothing about
 * the values; they do show which residents of one organization share a phone number or the start of a reading. Phone
 * numbers are few enough to be guessed by anyone holding the secret, so the secret is protected like the personal keys
 * and backed up with them. An erased resident has no details to hash, so their keys are gone with the next save.
 */
public final class DirectorySearchKeys {

    /** The longest start of a reading that gets a key; longer searches look up this much and check the rest. */
    static final int MAX_KANA = 12;

    private final KeyRing keys;
    private final PersonalDataVault vault;
    private final Map<String, SecretKeySpec> secrets = new ConcurrentHashMap<>();

    public DirectorySearchKeys(KeyRing keys, PersonalDataVault vault) {
        this.keys = keys;
        this.vault = vault;
    }

    /** Each of a resident's phone numbers. */
    public ViewKey<ResidentView> phones() {
        return new ViewKey<>("phone", view -> details(view).map(d -> d.phones() == null ? List.<String>of()
                : d.phones().stream().map(p -> phone(view.organizationId(), p)).filter(k -> k != null).toList())
                .orElse(List.of()));
    }

    /** Each start of a resident's kana reading. */
    public ViewKey<ResidentView> kanaPrefixes() {
        return new ViewKey<>("kana", view -> details(view).map(d -> {
            String reading = Kana.searchKey(d.kana());
            Collection<String> prefixes = new ArrayList<>();
            int[] codePoints = reading.codePoints().limit(MAX_KANA).toArray();
            for (int length = 1; length <= codePoints.length; length++) {
                prefixes.add(hash(view.organizationId(), "kana:" + new String(codePoints, 0, length)));
            }
            return prefixes;
        }).orElse(List.of()));
    }

    private java.util.Optional<ResidentDetails> details(ResidentView view) {
        return view.erased() ? java.util.Optional.empty() : vault.openNullable(view.details(), ResidentDetails.class);
    }

    /** The key of a phone number, however written; {@code null} when it has no digits. */
    public String phone(String organizationId, String phone) {
        String digits = Kana.phoneKey(phone);
        return digits.isEmpty() ? null : hash(organizationId, "phone:" + digits);
    }

    /** The key of the start of a reading (at most {@value #MAX_KANA} characters of it); {@code null} when empty. */
    public String kanaPrefix(String organizationId, String kana) {
        String reading = Kana.searchKey(kana);
        if (reading.isEmpty()) {
            return null;
        }
        int[] codePoints = reading.codePoints().limit(MAX_KANA).toArray();
        return hash(organizationId, "kana:" + new String(codePoints, 0, codePoints.length));
    }

    private String hash(String organizationId, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret(organizationId));
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private SecretKeySpec secret(String organizationId) {
        return secrets.computeIfAbsent(organizationId, org -> new SecretKeySpec(
                keys.findOrCreate("directory-search:" + org)
                        .orElseThrow(() -> new IllegalStateException("No search secret for an organization")),
                "HmacSHA256"));
    }
}
