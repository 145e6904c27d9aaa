package jp.yui.domain.market.query;

import java.util.List;

import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.api.TenderCount;

/**
 * A till's close (レジ締め) as the figures count it: counted minus expected per tender (negative is money missing).
 * Kept in its day's bucket under the session id.
 */
public record TillDifference(String tillId, int cashDifferenceYen, int cashlessDifferenceYen) {

    public static TillDifference of(String tillId, List<TenderCount> tenders) {
        int cash = 0;
        int cashless = 0;
        for (TenderCount count : tenders) {
            if (count.tender() == Tender.CASH) {
                cash += count.differenceYen();
            } else {
                cashless += count.differenceYen();
            }
        }
        return new TillDifference(tillId, cash, cashless);
    }
}
