package jp.yui.app.transport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import jakarta.validation.constraints.Pattern;

import jp.yui.app.web.Conflict;
import jp.yui.app.web.Identifiers;
import jp.yui.domain.transport.query.RideFact;
import jp.yui.domain.transport.query.RidershipFigures;
import jp.yui.domain.transport.query.RidershipMonth;
import jp.yui.domain.transport.query.RidershipRepository;

/**
 * 利用実績: the ridership figures per service and month over a range of months (a fiscal year, 年度, by default), with
 * totals per service and for the organization. One index range read of the month rollups.
 */
@RestController
class RidershipController {

    /** The longest range one request may ask for: five fiscal years. */
    static final int MAX_MONTHS = 60;

    record MonthRow(String month, @JsonUnwrapped RidershipFigures figures) {
    }

    /** One service's months ({@code serviceId} null for unmet needs that named no service) and their total. */
    record ServiceRows(String serviceId, List<MonthRow> months, RidershipFigures total) {
    }

    record RidershipResponse(String organizationId, String from, String to, List<ServiceRows> services,
                             RidershipFigures total) {
    }

    private final RidershipRepository rides;
    private final Clock clock;

    RidershipController(RidershipRepository rides, Clock clock) {
        this.rides = rides;
        this.clock = clock;
    }

    @GetMapping("/api/orgs/{org}/stats/ridership")
    RidershipResponse ridership(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(required = false) String fiscalYear) {
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
        return new RidershipResponse(org, period[0].toString(), period[1].toString(), services,
                RidershipMonth.total(found));
    }

    /** {@code from}..{@code to}, or a fiscal year (April to March), or the current fiscal year; else 400. */
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
        return new Conflict(HttpStatus.BAD_REQUEST, "invalid-period");
    }
}
