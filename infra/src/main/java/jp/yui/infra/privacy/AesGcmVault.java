package jp.yui.infra.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.Sealed;
import jp.yui.infra.serialization.YuiSerializers;

/**
 * Seals personal data with AES-256-GCM under a key per person from a {@link KeyRing}; the person's id is bound in as
 * associated data, so a sealed value cannot be passed off as another person's. Values are written as JSON (Jackson,
 * no type information) before sealing. Keys are cached for a minute: after an erasure on another node a value may
 * stay readable here for at most that long.
 */
public final class AesGcmVault implements PersonalDataVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Duration CACHE = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = YuiSerializers.objectMapper();

    private record Cached(Optional<byte[]> key, Instant loaded) {
    }

    private final KeyRing keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public AesGcmVault(KeyRing keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Sealed seal(String subjectId, Object value) {
        // An erased person gets no new key: what is sealed for them now is sealed with a key nobody keeps.
        byte[] key = keys.findOrCreate(subjectId).orElseGet(() -> {
            byte[] throwaway = new byte[32];
            random.nextBytes(throwaway);
            return throwaway;
        });
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(subjectId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(JSON.writeValueAsBytes(value));
            return new Sealed(subjectId, Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array()));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("Cannot seal personal data", e);
        }
    }

    @Override
    public <T> Optional<T> open(Sealed sealed, Class<T> type) {
        Optional<byte[]> key = key(sealed.subjectId());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.get(), "AES"),
                    new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(sealed.subjectId().getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return Optional.of(JSON.readValue(plain, type));
        } catch (javax.crypto.AEADBadTagException e) {
            return Optional.empty(); // sealed with a key that is no longer kept
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("Cannot open personal data", e);
        }
    }

    @Override
    public void erase(String subjectId) {
        keys.destroy(subjectId);
        cache.remove(subjectId);
    }

    private Optional<byte[]> key(String subjectId) {
        Instant now = clock.instant();
        Cached cached = cache.get(subjectId);
        if (cached == null || cached.loaded().plus(CACHE).isBefore(now)) {
            cached = new Cached(keys.find(subjectId), now);
            if (cached.key().isPresent()) {
                cache.put(subjectId, cached);
            }
        }
        return cached.key();
    }
}
