package jp.yui.domain.market.api;

import java.time.LocalDate;

/**
 * 適格請求書発行事業者の登録番号: {@code T} and 13 digits whose first digit is a check digit, valid from a date and,
 * once the registration ends, to a date (inclusive; {@code null} while it holds).
 */
public record InvoiceRegistration(String number, LocalDate validFrom, LocalDate validTo) {

    /** Whether the registration holds on {@code date}. */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
