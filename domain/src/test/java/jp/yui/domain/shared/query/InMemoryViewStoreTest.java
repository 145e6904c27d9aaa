package jp.yui.domain.shared.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryViewStoreTest {

    private final InMemoryViewStore<String> store = new InMemoryViewStore<>();

    @Test
    void viewsAreFoundByIdAndByOrganizationInIdOrder() {
        store.save("b", "minato", "B");
        store.save("c", "oto", "C");
        store.save("a", "minato", "A");

        assertThat(store.find("c")).contains("C");
        assertThat(store.find("x")).isEmpty();
        assertThat(store.findByOrganization("minato")).containsExactly("A", "B");
        assertThat(store.findByOrganization("oto")).containsExactly("C");
        assertThat(store.findByOrganization("nobody")).isEmpty();
        assertThat(store.size()).isEqualTo(3);
    }

    @Test
    void savingAgainReplacesTheViewAndItsOrganization() {
        store.save("a", "minato", "A");
        store.save("a", "oto", "A2");

        assertThat(store.find("a")).contains("A2");
        assertThat(store.findByOrganization("minato")).isEmpty();
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void viewsAreFoundByEachOfTheirKeyValuesWithinTheOrganization() {
        InMemoryViewStore<String> keyed = new InMemoryViewStore<>(
                new ViewKey<>("letter", v -> java.util.List.of(v.split(""))));
        keyed.save("1", "minato", "ab");
        keyed.save("2", "minato", "bc");
        keyed.save("3", "oto", "b");

        assertThat(keyed.findBy("minato", "letter", "b")).containsExactly("ab", "bc");
        assertThat(keyed.findBy("minato", "letter", "c")).containsExactly("bc");
        assertThat(keyed.findBy("oto", "letter", "a")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keyed.findBy("minato", "other", "a"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteAllEmptiesTheStore() {
        store.save("a", "minato", "A");
        store.deleteAll();

        assertThat(store.size()).isZero();
        assertThat(store.find("a")).isEmpty();
    }
}
