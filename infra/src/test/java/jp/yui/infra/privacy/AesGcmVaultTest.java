package jp.yui.infra.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.shared.Sealed;
import jp.yui.infra.eventstore.EmbeddedStore;
import jp.yui.infra.serialization.YuiSerializers;

class AesGcmVaultTest {

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();

    @TempDir
    static Path keys;

    private static final ObjectMapper JSON = YuiSerializers.objectMapper();
    private static final ResidentDetails HANAKO = new ResidentDetails("秘密 花子", "ひみつ はなこ",
            List.of("0242-12-3456"), "湊町 1", null, null, null, null, "杖");

    static Stream<KeyRing> keyRings() {
        return Stream.of(new DirectoryKeyRing(keys.resolve("ring-" + System.nanoTime())),
                new MongoKeyRing(store.client().getDatabase(store.freshDatabase())));
    }

    @ParameterizedTest
    @MethodSource("keyRings")
    void sealedDataOpensUntilThePersonIsErased(KeyRing ring) throws Exception {
        AesGcmVault vault = new AesGcmVault(ring, Clock.systemUTC());
        Sealed sealed = vault.seal("Resident:1", HANAKO);

        byte[] stored = Base64.getDecoder().decode(sealed.ciphertext());
        assertThat(indexOf(stored, "秘密".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(indexOf(stored, "0242".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        byte[] key = ring.find("Resident:1").orElseThrow();
        assertThat(JSON.readValue(aesGcmOpen(key, "Resident:1", stored), ResidentDetails.class))
                .as("AES-GCM under the person's key").isEqualTo(HANAKO);
        byte[] tampered = stored.clone();
        tampered[stored.length / 2] ^= 1;
        assertThatThrownBy(() -> aesGcmOpen(key, "Resident:1", tampered)).isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> aesGcmOpen(key, "Resident:2", stored)).isInstanceOf(AEADBadTagException.class);
        assertThat(vault.open(sealed, ResidentDetails.class)).contains(HANAKO);
        assertThat(vault.open(vault.seal("Resident:1", "入院"), String.class)).contains("入院");
        assertThat(vault.open(new Sealed("Resident:2", sealed.ciphertext()), ResidentDetails.class))
                .as("bound to its person").isEmpty();

        vault.erase("Resident:1");

        assertThat(vault.open(sealed, ResidentDetails.class)).isEmpty();
        Sealed afterwards = vault.seal("Resident:1", HANAKO);
        assertThat(vault.open(afterwards, ResidentDetails.class)).as("no new key for an erased person").isEmpty();
        assertThat(new AesGcmVault(ring, Clock.systemUTC()).open(sealed, ResidentDetails.class)).isEmpty();
    }

    /**
     * A plain delete only unlinks the name and leaves the key's bytes in the freed blocks. A second hard link to the
     * key file keeps its inode reachable, so the test can see what destroy did to the bytes themselves.
     */
    @Test
    void aDestroyedKeyIsOverwrittenAndLeavesNoBytesInItsDirectory() throws Exception {
        Path dir = keys.resolve("ring-bytes");
        DirectoryKeyRing ring = new DirectoryKeyRing(dir);
        byte[] key = ring.findOrCreate("Resident:9").orElseThrow();
        ring.findOrCreate("Resident:10");
        Path keyFile;
        try (Stream<Path> files = Files.list(dir)) {
            keyFile = files.filter(f -> Arrays.equals(read(f), key)).findFirst().orElseThrow();
        }
        Path sameInode = Files.createLink(keys.resolve("ring-bytes-link"), keyFile);

        ring.destroy("Resident:9");

        assertThat(Files.readAllBytes(sameInode)).as("the key file's own bytes").hasSize(key.length).containsOnly(0);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                assertThat(indexOf(Files.readAllBytes(file), key)).as(file.toString()).isEqualTo(-1);
            }
        }
        assertThat(ring.find("Resident:9")).isEmpty();
        assertThat(ring.findOrCreate("Resident:9")).isEmpty();
        assertThat(ring.find("Resident:10")).isPresent();
    }

    /** Opens with plain JCE what the vault sealed: 12-byte IV, then ciphertext and tag; the person's id as AAD. */
    private static byte[] aesGcmOpen(byte[] key, String subjectId, byte[] stored) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, stored, 0, 12));
        cipher.updateAAD(subjectId.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(stored, 12, stored.length - 12);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
