package jp.yui.app.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.residents.query.ResidentView;
import jp.yui.domain.shared.query.InMemoryViewStore;
import jp.yui.infra.privacy.AesGcmVault;
import jp.yui.infra.privacy.DirectoryKeyRing;

class DirectorySearchKeysTest {

    @TempDir
    Path keys;

    private ResidentView resident(AesGcmVault vault, String id, String org, String kana, String... phones) {
        ResidentDetails details = new ResidentDetails("会津 花子", kana, List.of(phones), "本町 1", null, null, null,
                null, null);
        return new ResidentView(id, org, "M-" + id, vault.seal(id, details), null, null, List.of(), false);
    }

    @Test
    void residentsAreFoundByAnyWritingOfTheirPhoneAndByTheStartOfTheirReadingWithinTheirOrganization() {
        AesGcmVault vault = new AesGcmVault(new DirectoryKeyRing(keys), Clock.systemUTC());
        DirectorySearchKeys search = new DirectorySearchKeys(new DirectoryKeyRing(keys), vault);
        InMemoryViewStore<ResidentView> store = new InMemoryViewStore<>(search.phones(), search.kanaPrefixes());
        store.save("Resident:1", "minato", resident(vault, "Resident:1", "minato", "アイヅ ハナコ", "0242-27-1234"));
        store.save("Resident:2", "minato", resident(vault, "Resident:2", "minato", "あいかわ たろう", "0242271235"));
        store.save("Resident:3", "oto", resident(vault, "Resident:3", "oto", "あいづ はなこ", "0242-27-1234"));

        assertThat(store.findBy("minato", "phone", search.phone("minato", "０２４２２７１２３４")))
                .extracting(ResidentView::residentId).containsExactly("Resident:1");
        assertThat(store.findBy("minato", "kana", search.kanaPrefix("minato", "あい")))
                .extracting(ResidentView::residentId).containsExactly("Resident:1", "Resident:2");
        assertThat(store.findBy("minato", "kana", search.kanaPrefix("minato", "ｱｲﾂﾞ")))
                .extracting(ResidentView::residentId).containsExactly("Resident:1");
        assertThat(search.phone("minato", "0242-27-1234")).isNotEqualTo(search.phone("oto", "0242-27-1234"))
                .doesNotContain("1234");
        assertThat(search.phone("minato", "---")).isNull();
    }

    @Test
    void anErasedResidentHasNoKeys() {
        AesGcmVault vault = new AesGcmVault(new DirectoryKeyRing(keys), Clock.systemUTC());
        DirectorySearchKeys search = new DirectorySearchKeys(new DirectoryKeyRing(keys), vault);
        ResidentView resident = resident(vault, "Resident:1", "minato", "あいづ", "0242-27-1234");
        assertThat(search.phones().values().apply(resident)).hasSize(1);
        assertThat(search.kanaPrefixes().values().apply(resident)).hasSize(3);

        vault.erase("Resident:1");
        assertThat(search.phones().values().apply(resident)).isEmpty();
        ResidentView erased = new ResidentView("Resident:1", "minato", "M-1", null, null, null, List.of(), true);
        assertThat(search.kanaPrefixes().values().apply(erased)).isEmpty();
    }
}
