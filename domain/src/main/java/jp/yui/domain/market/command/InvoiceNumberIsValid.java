package jp.yui.domain.market.command;

import jp.yui.domain.market.api.InvoiceRegistration;
import jp.yui.domain.shared.BusinessRule;

/**
 * 適格請求書発行事業者の登録番号: {@code T} and 13 digits, the first of which is the check digit of the 法人番号 scheme
 * (法人番号の指定等に関する省令 2条; a sole proprietor's number follows the same scheme): for the 12 digits after it,
 * counted from the lowest as P1…P12 with weight Q = 1 for odd and 2 for even positions, the check digit is
 * {@code 9 − (Σ P×Q mod 9)}. A registration also has the date it holds from. A producer without registration has
 * none ({@code null}).
 */
record InvoiceNumberIsValid(InvoiceRegistration invoice) implements BusinessRule {

    @Override
    public boolean holds() {
        return invoice == null || invoice.validFrom() != null && isValid(invoice.number());
    }

    static boolean isValid(String number) {
        if (number == null || !number.matches("T[0-9]{13}")) {
            return false;
        }
        int sum = 0;
        for (int i = 1; i <= 12; i++) {
            int digit = number.charAt(number.length() - i) - '0';
            sum += digit * (i % 2 == 1 ? 1 : 2);
        }
        return number.charAt(1) - '0' == 9 - sum % 9;
    }

    @Override
    public String explanation() {
        return "An invoice registration number is T and 13 digits with a valid check digit, and holds from a date";
    }
}
