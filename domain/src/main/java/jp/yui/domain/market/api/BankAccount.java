package jp.yui.domain.market.api;

/** Where a producer's payout goes. Personal data: only ever stored sealed, inside {@link ProducerDetails}. */
public record BankAccount(String bankName, String branchName, String accountType, String accountNumber,
                          String holderKana) {
}
