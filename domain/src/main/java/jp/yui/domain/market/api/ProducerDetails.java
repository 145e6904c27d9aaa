package jp.yui.domain.market.api;

/** A producer's personal details (氏名, フリガナ, 連絡先, 口座). Stored only sealed with the producer's own key. */
public record ProducerDetails(String name, String kana, String phone, String address, BankAccount bank) {
}
