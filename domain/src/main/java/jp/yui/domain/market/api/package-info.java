/**
 * 直売所とマルシェ — the farm stand and markets: what is recorded (commands) and what happened (events).
 *
 * <h2>Money and tax</h2>
 * <ul>
 *   <li>All amounts are integer yen ({@code int}); prices are tax-inclusive (総額表示), as a farm stand shows them.</li>
 *   <li>The tax rate sits on the sale line ({@code taxRate}: 8 for food, 10 for other goods and for food eaten at the
 *       organization's tables); no other rate is accepted.</li>
 *   <li>A receipt (a sale, a void, a refund) states per rate its tax-inclusive total and the tax in it, rounded down
 *       once per receipt per rate: {@code tax = floor(total × rate / (100 + rate))} ({@link RateTotal#of}).</li>
 *   <li>Commission (販売手数料) is a service the organization sells the producer: {@code floor(net sales × basis
 *       points / 10000)} per commission group, then 10 % consumption tax on the sum, rounded down, shown apart
 *       ({@link SettlementFigures}).</li>
 * </ul>
 *
 * <h2>Streams</h2>
 * <ul>
 *   <li>{@code Producer:…} — 出荷者: personal details sealed with the producer's own key; commission terms and invoice
 *       registration; settlements (精算). The producer's stream is the boundary of "each item settled once".</li>
 *   <li>{@code Product:…} — a product with its producer, group, price and tax category.</li>
 *   <li>{@code SalesPoint:…} — the farm stand or a market (マルシェ), with its tills.</li>
 *   <li>{@code TillSession:…} — one short stream per till per business day
 *       ({@code Ids.derivedId("TillSession", tillId + "/" + date)}): opened with a float, sales, voids and refunds
 *       as their own facts, closed once with counted money per tender.</li>
 * </ul>
 *
 * <h2>Client ids</h2>
 * Sales, voids and refunds carry an id made on the till (tablet) before sending; the same id sent again records
 * nothing twice and is answered as the first time.
 */
package jp.yui.domain.market.api;
