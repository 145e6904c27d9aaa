package jp.yui.app.transport.usecase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import jp.yui.app.web.Conflict;
import jp.yui.domain.transport.query.RideFact;
import jp.yui.domain.transport.query.RidershipFigures;
import jp.yui.domain.transport.query.RidershipMonth;
import jp.yui.domain.transport.query.RidershipRepository;

/**
 * 利用実績: the ridership figures per service and month over a range of months (a fiscal year, 年度, by default), with
 * totals per service and for the organization. One index range read of the month rollups.
 */
@Service
public class Ridership {

    /** The longest range one request may ask for: five fiscal years. */
    public static final int MAX_MONTHS = 60;

    public record MonthRow(String month, @JsonUnwrapped RidershipFigures figures) {
    }

    /** One service's months ({@code serviceId} null for unmet needs that named no service) and their total. */
    public record ServiceRows(String serviceId, List<MonthRow> months, RidershipFigures total) {
    }

    public record Figures(String organizationId, String from, String to, List<ServiceRows> services,
                          RidershipFigures total) {
    }

    private final RidershipRepository rides;
    private final Clock clock;

    Ridership(RidershipRepository rides, Clock clock) {
        this.rides = rides;
        this.clock = clock;
    }

    /**
     * The figures from month {@code from} to {@code to} ({@code YYYY-MM}), or of a fiscal year ({@code YYYY},
     * April to March), or of the current fiscal year when all three are null; anything else is a 400
     * ({@code invalid-period}).
     */
    public Figures figures(String org, String from, String to, String fiscalYear) {
        YearMonth[] period = period(from, to, fiscalYear);
        List<RidershipMonth> found = rides.months(org, period[0], period[1]);
        Map<String, Map<String, RidershipMonth>> byService = new TreeMap<>();
        for (RidershipMonth month : found) {
            byService.computeIfAbsent(month.serviceId(), s -> new TreeMap<>()).put(month.month(), month);
        }
        List<ServiceRows> services = new ArrayList<>(byService.size());
        byService.forEach((service, months) -> {
            List<MonthRow> rows = new ArrayList<>();
            for (YearMonth m = period[0]; !m.isAfter(period[1]); m = m.plusMonths(1)) {
                RidershipMonth month = months.get(m.toString());
                rows.add(new MonthRow(m.toString(), month == null ? RidershipFigures.NONE : month.figures()));
            }
            services.add(new ServiceRows(RideFact.NO_SERVICE.equals(service) ? null : service, rows,
                    RidershipMonth.total(months.values())));
        });
        return new Figures(org, period[0].toString(), period[1].toString(), services, RidershipMonth.total(found));
    }

    private YearMonth[] period(String from, String to, String fiscalYear) {
        if (fiscalYear != null) {
            if (from != null || to != null || !fiscalYear.matches("\\d{4}")) {
                throw invalidPeriod();
            }
            return fiscalYearOf(Integer.parseInt(fiscalYear));
        }
        if (from == null && to == null) {
            LocalDate today = LocalDate.now(clock);
            return fiscalYearOf(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1);
        }
        if (from == null || to == null) {
            throw invalidPeriod();
        }
        YearMonth start = month(from);
        YearMonth end = month(to);
        if (start.isAfter(end) || ChronoUnit.MONTHS.between(start, end) >= MAX_MONTHS) {
            throw invalidPeriod();
        }
        return new YearMonth[] {start, end};
    }

    private static YearMonth[] fiscalYearOf(int year) {
        return new YearMonth[] {YearMonth.of(year, 4), YearMonth.of(year + 1, 3)};
    }

    private static YearMonth month(String value) {
        if (!value.matches("\\d{4}-\\d{2}")) {
            throw invalidPeriod();
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw invalidPeriod();
        }
    }

    private static Conflict invalidPeriod() {
        return Conflict.badRequest("invalid-period");
    }
}
