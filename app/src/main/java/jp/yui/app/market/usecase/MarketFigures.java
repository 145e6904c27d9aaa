package jp.yui.app.market.usecase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import jp.yui.app.web.Conflict;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.query.ProducerView;
import jp.yui.domain.market.query.SalesFigures;
import jp.yui.domain.market.query.SalesPointView;
import jp.yui.domain.market.query.SalesMonth;
import jp.yui.domain.shared.query.ViewStore;

/**
 * 売上集計: the sales of the farm stand and markets of a fiscal year (年度, April to March) per sales point and month,
 * the market days by date, and the totals (per producer and tax rate inside the figures). Twelve index lookups of
 * the month buckets, one per month, whatever the years of data.
 */
@Service
public class MarketFigures {

    public record MonthRow(String month, SalesFigures figures) {
    }

    public record DayRow(LocalDate date, SalesFigures figures) {
    }

    /**
     * One sales point's year: its twelve months (zero where none), its trading days by date when it is a market
     * (マルシェ), and its total.
     */
    public record SalesPointYear(String salesPointId, SalesPointKind kind, List<MonthRow> months,
                                 List<DayRow> marketDays, SalesFigures total) {
    }

    public record Year(String organizationId, int fiscalYear, String from, String to,
                       List<SalesPointYear> salesPoints, SalesFigures total) {
    }

    private final ViewStore<SalesMonth> months;
    private final ViewStore<SalesPointView> salesPoints;
    private final ViewStore<ProducerView> producers;
    private final Clock clock;

    MarketFigures(ViewStore<SalesMonth> months, ViewStore<SalesPointView> salesPoints,
                  ViewStore<ProducerView> producers, Clock clock) {
        this.months = months;
        this.salesPoints = salesPoints;
        this.producers = producers;
        this.clock = clock;
    }

    /** The name of one of the organization's sales points, if the read side knows it (one key lookup). */
    public Optional<String> salesPointName(String org, String salesPointId) {
        return OfOrganization.find(salesPoints, salesPointId, org, SalesPointView::organizationId)
                .map(SalesPointView::name);
    }

    /**
     * The number (出荷者番号) of one of the organization's producers, as the figures name them: never the name,
     * which is sealed personal data (one key lookup).
     */
    public Optional<String> producerNumber(String org, String producerId) {
        return OfOrganization.find(producers, producerId, org, ProducerView::organizationId)
                .map(ProducerView::producerNumber);
    }

    /** The fiscal year given as four digits, or the current one when none; anything else is a 400. */
    public Year figures(String org, String fiscalYear) {
        if (fiscalYear == null || fiscalYear.isBlank()) {
            return year(org, SalesMonth.fiscalYearOf(LocalDate.now(clock)));
        }
        if (!fiscalYear.matches("\\d{4}")) {
            throw Conflict.badRequest("invalid-period");
        }
        return year(org, Integer.parseInt(fiscalYear));
    }

    public Year year(String org, int fiscalYear) {
        List<YearMonth> period = SalesMonth.fiscalYear(fiscalYear);
        Map<String, Map<String, SalesMonth>> byPoint = new TreeMap<>();
        for (YearMonth month : period) {
            for (SalesMonth found : months.findBy(org, SalesMonth.BY_MONTH.name(), month.toString())) {
                byPoint.computeIfAbsent(found.salesPointId(), p -> new TreeMap<>()).put(found.month(), found);
            }
        }
        List<SalesPointYear> points = new ArrayList<>();
        List<SalesFigures> totals = new ArrayList<>();
        byPoint.forEach((point, found) -> {
            SalesPointKind kind = found.values().stream().map(SalesMonth::salesPointKind)
                    .filter(k -> k != null).findFirst().orElse(SalesPointKind.FARM_STAND);
            List<MonthRow> rows = new ArrayList<>();
            List<DayRow> days = new ArrayList<>();
            for (YearMonth month : period) {
                SalesMonth bucket = found.get(month.toString());
                rows.add(new MonthRow(month.toString(), bucket == null ? SalesFigures.NONE : bucket.figures()));
                if (bucket != null && kind == SalesPointKind.MARKET) {
                    bucket.tradingDays().forEach((date, f) -> days.add(new DayRow(date, f)));
                }
            }
            SalesFigures total = SalesFigures.total(rows.stream().map(MonthRow::figures).toList());
            totals.add(total);
            points.add(new SalesPointYear(point, kind, rows, days, total));
        });
        // The farm stands before the markets (then by id): the same order each time.
        points.sort(java.util.Comparator.comparing(SalesPointYear::kind).thenComparing(SalesPointYear::salesPointId));
        return new Year(org, fiscalYear, period.get(0).toString(), period.get(11).toString(), points,
                SalesFigures.total(totals));
    }
}
