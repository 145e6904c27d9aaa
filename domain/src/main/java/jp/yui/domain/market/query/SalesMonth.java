package jp.yui.domain.market.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.shared.query.ViewKey;

/**
 * The month bucket of the sales figures: one sales point's month ("2025-04"), holding each business day's figures
 * (by date, copied from its {@link SalesDay}) and their total. Recomputed from the day each time a day changes, so
 * a day saved again gives the same month. The fiscal year (年度, April to March) is twelve lookups by {@link #BY_MONTH}.
 */
public record SalesMonth(String organizationId, String salesPointId, SalesPointKind salesPointKind, String month,
                         Map<String, SalesFigures> days, SalesFigures figures) {

    /** The organization's sales points' buckets of one month ("2025-04"). */
    public static final ViewKey<SalesMonth> BY_MONTH = ViewKey.of("month", SalesMonth::month);

    public SalesMonth {
        days = days == null ? Map.of() : Map.copyOf(days);
    }

    public static String id(String salesPointId, String month) {
        return salesPointId + "|" + month;
    }

    public static SalesMonth empty(String organizationId, String salesPointId, SalesPointKind kind, String month) {
        return new SalesMonth(organizationId, salesPointId, kind, month, Map.of(), SalesFigures.NONE);
    }

    /** The month with this day's figures in place of the ones it had; the total recounted from the days. */
    public SalesMonth with(SalesDay day) {
        Map<String, SalesFigures> all = new TreeMap<>(days);
        all.put(day.businessDate().toString(), day.figures());
        SalesPointKind kind = day.salesPointKind() != null ? day.salesPointKind() : salesPointKind;
        return new SalesMonth(organizationId, salesPointId, kind, month, all, SalesFigures.total(all.values()));
    }

    /** The business days with a receipt, in date order, with their figures (a market's days). */
    public Map<LocalDate, SalesFigures> tradingDays() {
        Map<LocalDate, SalesFigures> trading = new TreeMap<>();
        days.forEach((date, f) -> {
            if (f.days() > 0) {
                trading.put(LocalDate.parse(date), f);
            }
        });
        return trading;
    }

    /** The months of fiscal year {@code year} (年度: April of that year to March of the next). */
    public static List<YearMonth> fiscalYear(int year) {
        return java.util.stream.IntStream.range(0, 12).mapToObj(i -> YearMonth.of(year, 4).plusMonths(i)).toList();
    }

    /** The fiscal year a date falls in. */
    public static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }
}
