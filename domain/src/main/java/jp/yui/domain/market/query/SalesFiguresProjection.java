package jp.yui.domain.market.query;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import jp.yui.domain.market.api.SaleRecorded;
import jp.yui.domain.market.api.SaleRefunded;
import jp.yui.domain.market.api.SaleVoided;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.TillSessionClosed;
import jp.yui.domain.market.api.TillSessionOpened;
import jp.yui.domain.shared.query.ViewStore;

/**
 * Keeps the sales figures (売上集計) of the farm stand and markets as rollups, in the form of the ridership ones: each
 * receipt (sale, void, refund) is made whole from its one event and put in its day bucket by id ({@link SalesDay},
 * one key lookup), the day is recounted from what it holds, and the month bucket ({@link SalesMonth}, one key lookup)
 * takes the day's figures in place of its old ones and recounts. Nothing is incremented: an event delivered again,
 * or again after a crash between the two saves, ends in the same figures.
 */
@ProcessingGroup(SalesFiguresProjection.PROCESSING_GROUP)
public class SalesFiguresProjection {

    public static final String PROCESSING_GROUP = "market-sales-figures";

    private final ViewStore<SalesDay> days;
    private final ViewStore<SalesMonth> months;

    public SalesFiguresProjection(ViewStore<SalesDay> days, ViewStore<SalesMonth> months) {
        this.days = days;
        this.months = months;
    }

    private void update(String organizationId, String salesPointId, SalesPointKind kind, LocalDate date,
                        UnaryOperator<SalesDay> change) {
        String dayId = SalesDay.id(salesPointId, date);
        SalesDay day = change.apply(days.find(dayId)
                .orElseGet(() -> SalesDay.empty(organizationId, salesPointId, kind, date)).ofKind(kind));
        days.save(dayId, organizationId, day);
        String monthId = SalesMonth.id(salesPointId, day.month());
        SalesMonth month = months.find(monthId)
                .orElseGet(() -> SalesMonth.empty(organizationId, salesPointId, kind, day.month()));
        months.save(monthId, organizationId, month.with(day));
    }

    /** An opened till makes its day known (with the kind of its sales point) before any sale. */
    @EventHandler
    void on(TillSessionOpened e) {
        update(e.organizationId(), e.salesPointId(), e.salesPointKind(), e.businessDate(), UnaryOperator.identity());
    }

    @EventHandler
    void on(SaleRecorded e) {
        update(e.organizationId(), e.salesPointId(), e.salesPointKind(), e.businessDate(),
                day -> day.with(SalesReceipt.of(e)));
    }

    @EventHandler
    void on(SaleVoided e) {
        update(e.organizationId(), e.salesPointId(), e.salesPointKind(), e.businessDate(),
                day -> day.with(SalesReceipt.of(e)));
    }

    @EventHandler
    void on(SaleRefunded e) {
        update(e.organizationId(), e.salesPointId(), e.salesPointKind(), e.businessDate(),
                day -> day.with(SalesReceipt.of(e)));
    }

    @EventHandler
    void on(TillSessionClosed e) {
        update(e.organizationId(), e.salesPointId(), null, e.businessDate(),
                day -> day.withClose(e.sessionId(), TillDifference.of(e.tillId(), e.tenders())));
    }

    @ResetHandler
    void reset() {
        days.deleteAll();
        months.deleteAll();
    }
}
