package jp.yui.domain.residents.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.yui.domain.residents.api.ConsentKind;
import jp.yui.domain.residents.api.MobilityNeed;
import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.shared.BusinessRuleViolation;

/** The resident rules at their edges, and what a refusal tells the caller. */
class ResidentRulesTest {

    private static ResidentDetails details(String name, String kana, String... phones) {
        return new ResidentDetails(name, kana, List.of(phones), "湊町", null, null, null, null, null);
    }

    private static BusinessRuleViolation refusal(BusinessRule rule) {
        return catchThrowableOfType(BusinessRuleViolation.class, rule::verify);
    }

    @Test
    void memberNumbersAreOneToTwentyLettersDigitsOrHyphens() {
        assertThat(new ResidentHasMemberNumber("M").holds()).isTrue();
        assertThat(new ResidentHasMemberNumber("a-1234567890-ABCDEFG").holds()).isTrue();
        assertThat(new ResidentHasMemberNumber("a-1234567890-ABCDEFGH").holds()).isFalse();
        assertThat(new ResidentHasMemberNumber("").holds()).isFalse();
        assertThat(new ResidentHasMemberNumber(null).holds()).isFalse();
        assertThat(new ResidentHasMemberNumber("M 12").holds()).isFalse();
        assertThat(new ResidentHasMemberNumber("会員12").holds()).isFalse();
    }

    @Test
    void detailsNeedANameAKanaReadingAndPhonesOfTenOrElevenDigits() {
        assertThat(new ResidentDetailsAreUsable(details("湊 花子", "みなと はなこ", "0242-95-1234", "090-1111-2222"))
                .holds()).isTrue();
        assertThat(new ResidentDetailsAreUsable(details("湊 花子", "みなと はなこ")).holds()).isTrue();
        assertThat(new ResidentDetailsAreUsable(details(" ", "みなと はなこ")).holds()).isFalse();
        assertThat(new ResidentDetailsAreUsable(details(null, "みなと はなこ")).holds()).isFalse();
        assertThat(new ResidentDetailsAreUsable(details("湊 花子", null)).holds()).isFalse();
        assertThat(new ResidentDetailsAreUsable(details("湊 花子", "みなと", "090-1111-22223")).holds()).isFalse();
        assertThat(new ResidentDetailsAreUsable(details("湊 花子", "みなと", "0242-95-123")).holds()).isFalse();
        assertThat(new ResidentDetailsAreUsable(null).holds()).isFalse();
    }

    @Test
    void aConsentNeedsItsKindDateAndWhoRecordedIt() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertThat(new ConsentIsComplete(ConsentKind.DATA_USE, day, "op").holds()).isTrue();
        assertThat(new ConsentIsComplete(null, day, "op").holds()).isFalse();
        assertThat(new ConsentIsComplete(ConsentKind.DATA_USE, null, "op").holds()).isFalse();
        assertThat(new ConsentIsComplete(ConsentKind.DATA_USE, day, null).holds()).isFalse();
        assertThat(new ConsentIsComplete(ConsentKind.DATA_USE, day, " ").holds()).isFalse();
    }

    @Test
    void aRefusedRequestNamesTheRuleAndExplainsItWithoutPersonalData() {
        ResidentDetails unusable = details("湊 花子", "湊", "0242-95");
        BusinessRuleViolation details = refusal(new ResidentDetailsAreUsable(unusable));
        assertThat(details.rule()).isEqualTo("ResidentDetailsAreUsable");
        assertThat(details.getMessage()).contains("kana reading").doesNotContain("湊", "0242");
        assertThat(details.conflictsWithCurrentState()).isFalse();

        BusinessRuleViolation member = refusal(new ResidentHasMemberNumber("会員12"));
        assertThat(member.rule()).isEqualTo("ResidentHasMemberNumber");
        assertThat(member.getMessage()).contains("member number").doesNotContain("会員12");
        assertThat(member.conflictsWithCurrentState()).isFalse();

        BusinessRuleViolation consent = refusal(new ConsentIsComplete(ConsentKind.WATCH_OVER, null, "op"));
        assertThat(consent.rule()).isEqualTo("ConsentIsComplete");
        assertThat(consent.getMessage()).contains("consent");
        assertThat(consent.conflictsWithCurrentState()).isFalse();
    }

    @Test
    void anErasedResidentConflictsWithTheCurrentState() {
        BusinessRuleViolation erased = refusal(new ResidentIsNotErased(true));
        assertThat(erased.rule()).isEqualTo("ResidentIsNotErased");
        assertThat(erased.getMessage()).contains("erased");
        assertThat(erased.conflictsWithCurrentState()).isTrue();
        assertThat(new ResidentIsNotErased(false).holds()).isTrue();
    }

    @Test
    void detailsKeepTheirMobilityNeedsAndDefaultToNone() {
        ResidentDetails needs = new ResidentDetails("湊 花子", "みなと", null, null, null, null,
                Set.of(MobilityNeed.WHEELCHAIR), null, null);
        assertThat(needs.mobilityNeeds()).containsExactly(MobilityNeed.WHEELCHAIR);
        assertThat(needs.phones()).isEmpty();
        assertThat(details("湊 花子", "みなと").mobilityNeeds()).isEmpty();
        assertThatThrownBy(() -> needs.mobilityNeeds().add(MobilityNeed.CANE))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
