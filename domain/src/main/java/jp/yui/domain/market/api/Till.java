package jp.yui.domain.market.api;

/** A till (レジ) of a sales point: its id ({@code Till:…}) and the name on the tablet, e.g. {@code レジ1}. */
public record Till(String tillId, String name) {
}
