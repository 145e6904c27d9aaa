package jp.yui.domain.residents.command;

import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.residents.query.Kana;
import jp.yui.domain.shared.BusinessRule;

/**
 * An operator finds a caller by phone number or kana, so a resident has a name, a kana reading in kana, and phone
 * numbers of 10 or 11 digits (Japanese fixed and mobile numbers).
 */
record ResidentDetailsAreUsable(ResidentDetails details) implements BusinessRule {

    @Override
    public boolean holds() {
        return details != null && details.name() != null && !details.name().isBlank()
                && Kana.isKana(details.kana())
                && details.phones().stream().map(Kana::phoneKey).allMatch(p -> p.length() == 10 || p.length() == 11);
    }

    @Override
    public String explanation() {
        return "A resident needs a name, a kana reading written in kana, and phone numbers of 10 or 11 digits";
    }
}
