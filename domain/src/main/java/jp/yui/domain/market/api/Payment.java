package jp.yui.domain.market.api;

/**
 * A payment towards a sale: the amount applied to it, and for cash what the customer handed over
 * ({@code tenderedYen}, at least the amount; the change is the difference). For cashless, tendered equals the amount.
 */
public record Payment(Tender tender, int amountYen, int tenderedYen) {

    public int changeYen() {
        return tenderedYen - amountYen;
    }
}
