package jp.yui.infra.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.shared.Sealed;
import jp.yui.infra.eventstore.EmbeddedStore;

class AesGcmVaultTest {

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();

    @TempDir
    static Path keys;

    private static final ResidentDetails HANAKO = new ResidentDetails("秘密 花子", "ひみつ はなこ",
            List.of("0242-12-3456"), "湊町 1", null, null, null, null, "杖");

    static Stream<KeyRing> keyRings() {
        return Stream.of(new DirectoryKeyRing(keys.resolve("ring-" + System.nanoTime())),
                new MongoKeyRing(store.client().getDatabase(store.freshDatabase())));
    }

    @ParameterizedTest
    @MethodSource("keyRings")
    void sealedDataOpensUntilThePersonIsErased(KeyRing ring) {
        AesGcmVault vault = new AesGcmVault(ring, Clock.systemUTC());
        Sealed sealed = vault.seal("Resident:1", HANAKO);

        assertThat(sealed.ciphertext()).doesNotContain("秘密").doesNotContain("0242");
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

    @Test
    void aDestroyedKeyLeavesNoBytesInItsDirectory() throws Exception {
        Path dir = keys.resolve("ring-bytes");
        DirectoryKeyRing ring = new DirectoryKeyRing(dir);
        byte[] key = ring.findOrCreate("Resident:9").orElseThrow();
        ring.findOrCreate("Resident:10");

        ring.destroy("Resident:9");

        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                byte[] content = Files.readAllBytes(file);
                assertThat(java.util.Collections.indexOfSubList(toList(content), toList(key))).isEqualTo(-1);
            }
        }
        assertThat(ring.find("Resident:9")).isEmpty();
        assertThat(ring.findOrCreate("Resident:9")).isEmpty();
        assertThat(ring.find("Resident:10")).isPresent();
    }

    private static List<Byte> toList(byte[] bytes) {
        java.util.List<Byte> list = new java.util.ArrayList<>();
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }
}
