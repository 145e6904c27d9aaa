package jp.yui.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Ids, the organization rule, what a refusal carries, and sealed personal data. */
class SharedTest {

    @Test
    void aNewIdCarriesItsTypeAndIsNewEachTime() {
        String id = Ids.newId("Run");
        assertThat(id).startsWith("Run:").hasSize("Run:".length() + 36);
        assertThat(Ids.isOfType(id, "Run")).isTrue();
        assertThat(Ids.newId("Run")).isNotEqualTo(id);
    }

    private static String uuidOf(String id) {
        return id.substring(id.indexOf(':') + 1);
    }

    @Test
    void aDerivedIdIsTheSameForTheSameNameAndTypeOnly() {
        assertThat(Ids.derivedId("Booking", "r1/2026-11-24")).isEqualTo(Ids.derivedId("Booking", "r1/2026-11-24"))
                .startsWith("Booking:")
                .isNotEqualTo(Ids.derivedId("Booking", "r1/2026-11-27"));
        // The type is part of what is hashed: two types never derive the same stream from one name.
        assertThat(uuidOf(Ids.derivedId("Run", "x"))).isNotEqualTo(uuidOf(Ids.derivedId("Booking", "x")));
    }

    @Test
    void anIdIsOfATypeOnlyWithThatPrefixAndSomethingAfterIt() {
        assertThat(Ids.isOfType("Run:1", "Run")).isTrue();
        assertThat(Ids.isOfType("Run:", "Run")).isFalse();
        assertThat(Ids.isOfType("Runner:1", "Run")).isFalse();
        assertThat(Ids.isOfType("Booking:1", "Run")).isFalse();
        assertThat(Ids.isOfType("Run1", "Run")).isFalse();
        assertThat(Ids.isOfType(null, "Run")).isFalse();
    }

    @Test
    void aRecordBelongsOnlyToTheOrganizationThatKeepsIt() {
        assertThat(new BelongsToOrganization("run", "minato", "minato").holds()).isTrue();
        assertThat(new BelongsToOrganization("run", "minato", "oto").holds()).isFalse();
        assertThat(new BelongsToOrganization("run", null, "oto").holds()).isFalse();
        assertThat(new BelongsToOrganization("run", "minato", null).holds()).isFalse();
    }

    @Test
    void aRefusalNamesTheRuleAndIsAWrongRequestUnlessTheRuleSaysItDependsOnState() {
        BusinessRuleViolation violation = catchThrowableOfType(BusinessRuleViolation.class,
                () -> new BelongsToOrganization("run", "minato", "oto").verify());
        assertThat(violation.rule()).isEqualTo("BelongsToOrganization");
        assertThat(violation.getMessage()).isEqualTo("The run is kept by another organization");
        assertThat(violation.conflictsWithCurrentState()).isFalse();
        new BelongsToOrganization("run", "minato", "minato").verify();
    }

    @Test
    void sealedDataShowsOnlyWhoseItIs() {
        Sealed sealed = new Sealed("Resident:1", "c2VjcmV0");
        assertThat(sealed.toString()).isEqualTo("Sealed[Resident:1]");
    }

    @Test
    void openingNothingGivesNothing() {
        Sealed sealed = ClearVault.INSTANCE.seal("Resident:shared-test", "湊 花子");
        assertThat(ClearVault.INSTANCE.openNullable(sealed, String.class)).contains("湊 花子");
        assertThat(ClearVault.INSTANCE.openNullable(null, String.class)).isEmpty();
    }
}
