package jp.yui.app.attendance.page;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.yui.app.admin.usecase.Organizations;
import jp.yui.app.attendance.usecase.AttendanceReports;
import jp.yui.domain.attendance.api.AgeBand;
import jp.yui.domain.attendance.query.AttendanceFigures;
import jp.yui.domain.attendance.query.AttendanceLine;
import jp.yui.domain.attendance.query.AttendanceSeriesView;
import jp.yui.domain.attendance.query.AttendanceSessionView;
import jp.yui.domain.attendance.query.SessionSummary;
import jp.yui.infra.accounts.MongoOrganizations.Organization;

/**
 * The 行事・講座 section of an organization's figures page: per fiscal year the series, the months and the sessions
 * with 延べ人数 and 実人数 (the year's 実人数 counted over the year, never added up from months), by age band and
 * district, and the charts' data. Built from {@link AttendanceReports#year} (twelve lookups by id), one lookup by id
 * per series and per session for their names. Figures only: no registrant is named.
 */
@Component
public class AttendanceFiguresSection {

    /** A line of the month table: a month or the year's total. */
    public record Row(String label, boolean total, AttendanceFigures figures) {
    }

    /** A series of the year: its title, the organizations taking part (a city-wide one) and its figures. */
    public record SeriesRow(String seriesId, String title, String participating, AttendanceFigures figures) {
    }

    /** A session of the year (a row of {@code #attendance-sessions}). */
    public record SessionRow(String sessionId, String day, LocalDate date, String series, String title,
                             String venue, AttendanceFigures figures) {
    }

    /** An age band or a district: 延べ人数 and 実人数. */
    public record BreakdownRow(String label, long attendances, long people) {
    }

    public record Chart(String id, String title, String summary, String json) {
    }

    public record Section(List<SeriesRow> series, List<Row> months, List<SessionRow> sessions,
                          List<BreakdownRow> ageBands, List<BreakdownRow> districts, AttendanceFigures total,
                          List<Chart> charts) {

        public boolean empty() {
            return sessions.isEmpty();
        }
    }

    /** A line of the city's table: an organization's series (or the organization's total, or the city's). */
    public record CityRow(String organization, String series, String participating, boolean total,
                          AttendanceFigures figures) {
    }

    private final AttendanceReports reports;
    private final Organizations organizations;
    private final MessageSource messages;
    private final ObjectMapper json;

    AttendanceFiguresSection(AttendanceReports reports, Organizations organizations, MessageSource messages,
                             ObjectMapper json) {
        this.reports = reports;
        this.organizations = organizations;
        this.messages = messages;
        this.json = json;
    }

    public Section section(String org, int fiscalYear, Locale locale) {
        AttendanceReports.Year year = reports.year(org, fiscalYear);
        Map<String, Optional<AttendanceSeriesView>> seriesViews = seriesViews(org, year);
        List<SeriesRow> series = new ArrayList<>();
        for (String seriesId : year.seriesIds()) {
            Optional<AttendanceSeriesView> view = seriesViews.get(seriesId);
            series.add(new SeriesRow(seriesId, seriesTitle(view, seriesId), participating(view, locale),
                    year.ofSeries(seriesId)));
        }
        List<Row> months = new ArrayList<>();
        year.months().forEach(m -> months.add(new Row(monthLabel(m.month(), locale), false, m.figures())));
        months.add(new Row(text("attendance.figures.total", locale), true, year.total()));
        List<SessionRow> sessions = sessionRows(org, year, seriesViews, locale);
        List<BreakdownRow> bands = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            long attendances = year.total().attendancesByAgeBand().getOrDefault(band, 0L);
            long people = year.total().peopleByAgeBand().getOrDefault(band, 0L);
            if (band != AgeBand.UNKNOWN || attendances > 0) {
                bands.add(new BreakdownRow(ageBand(band, locale), attendances, people));
            }
        }
        List<BreakdownRow> districts = new ArrayList<>();
        year.total().attendancesByDistrict().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) ->
                        AttendanceLine.UNKNOWN_DISTRICT.equals(e.getKey())).thenComparing(Map.Entry::getKey))
                .forEach(e -> districts.add(new BreakdownRow(district(e.getKey(), locale), e.getValue(),
                        year.total().peopleByDistrict().getOrDefault(e.getKey(), 0L))));
        return new Section(series, months, sessions, bands, districts, year.total(),
                sessions.isEmpty() ? List.of() : charts(year, locale));
    }

    /**
     * The city's rows: per organization its series of the year and its total, then the city's total counted from all
     * the sessions (a city-wide series once, under its organizer; a person counted once in the city's 実人数).
     */
    public List<CityRow> cityRows(List<Organization> all, int fiscalYear, Locale locale) {
        List<CityRow> rows = new ArrayList<>();
        List<SessionSummary> citySessions = new ArrayList<>();
        for (Organization organization : all) {
            AttendanceReports.Year year = reports.year(organization.id(), fiscalYear);
            if (year.sessions().isEmpty()) {
                continue;
            }
            citySessions.addAll(year.sessions());
            for (String seriesId : year.seriesIds()) {
                Optional<AttendanceSeriesView> view = reports.seriesView(organization.id(), seriesId);
                rows.add(new CityRow(organization.name(), seriesTitle(view, seriesId), participating(view, locale),
                        false, year.ofSeries(seriesId)));
            }
            rows.add(new CityRow(organization.name(), text("attendance.figures.city.organizationTotal", locale), "",
                    true, year.total()));
        }
        if (!rows.isEmpty()) {
            rows.add(new CityRow(text("attendance.figures.city.total", locale), "", "", true,
                    AttendanceFigures.of(citySessions)));
        }
        return rows;
    }

    /** The year's series by id, each looked up once. */
    Map<String, Optional<AttendanceSeriesView>> seriesViews(String org, AttendanceReports.Year year) {
        Map<String, Optional<AttendanceSeriesView>> views = new LinkedHashMap<>();
        year.seriesIds().forEach(id -> views.put(id, reports.seriesView(org, id)));
        return views;
    }

    /** The year's sessions by date and time, each with its series' title and its own number and venue. */
    List<SessionRow> sessionRows(String org, AttendanceReports.Year year,
                                 Map<String, Optional<AttendanceSeriesView>> seriesViews, Locale locale) {
        record Found(SessionSummary summary, Optional<AttendanceSessionView> view) {
        }
        List<Found> found = new ArrayList<>();
        year.sessions().forEach(s -> found.add(new Found(s, reports.sessionView(org, s.sessionId()))));
        found.sort(Comparator.comparing((Found f) -> f.view().map(v -> v.startsAt().toString())
                .orElse(f.summary().date().toString())).thenComparing(f -> f.summary().sessionId()));
        List<SessionRow> rows = new ArrayList<>();
        for (Found f : found) {
            SessionSummary s = f.summary();
            String series = seriesTitle(seriesViews.getOrDefault(s.seriesId(), Optional.empty()), s.seriesId());
            String title = f.view().map(v -> messages.getMessage("attendance.figures.sessionTitle",
                    new Object[] {series, Integer.toString(v.number())}, locale)).orElse(series);
            rows.add(new SessionRow(s.sessionId(), dayLabel(s.date(), locale), s.date(), series, title,
                    f.view().map(AttendanceSessionView::venue).orElse(""), AttendanceFigures.of(List.of(s))));
        }
        return rows;
    }

    static String seriesTitle(Optional<AttendanceSeriesView> view, String seriesId) {
        return view.map(AttendanceSeriesView::title).filter(t -> !t.isBlank()).orElse(seriesId);
    }

    /** The other organizations taking part, by name ("" when none). */
    String participating(Optional<AttendanceSeriesView> view, Locale locale) {
        List<String> ids = view.map(AttendanceSeriesView::participatingOrganizationIds).orElse(List.of());
        if (ids.isEmpty()) {
            return "";
        }
        return String.join("ja".equals(locale.getLanguage()) ? "、" : ", ", ids.stream()
                .map(id -> organizations.find(id).map(Organization::name).orElse(id)).toList());
    }

    String ageBand(AgeBand band, Locale locale) {
        return text("attendance.figures.ageBand." + band.name(), locale);
    }

    String district(String district, Locale locale) {
        return AttendanceLine.UNKNOWN_DISTRICT.equals(district)
                ? text("attendance.figures.unknownDistrict", locale) : district;
    }

    private List<Chart> charts(AttendanceReports.Year year, Locale locale) {
        List<String> labels = year.months().stream().map(m -> shortMonthLabel(m.month(), locale)).toList();
        List<Chart> charts = new ArrayList<>();
        List<Map<String, Object>> datasets = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        for (Map.Entry<String, ToLongFunction<AttendanceFigures>> s : List.<Map.Entry<String,
                ToLongFunction<AttendanceFigures>>>of(Map.entry("attendance.figures.attended",
                AttendanceFigures::attended), Map.entry("attendance.figures.walkIns", AttendanceFigures::walkIns))) {
            String label = text(s.getKey(), locale);
            datasets.add(Map.of("label", label,
                    "data", year.months().stream().map(m -> s.getValue().applyAsLong(m.figures())).toList()));
            totals.add(label + " " + number(s.getValue().applyAsLong(year.total())));
        }
        totals.add(text("attendance.figures.attendances", locale) + " " + number(year.total().attendances()));
        String monthly = text("attendance.figures.chart.monthly", locale);
        charts.add(chart("attendance-monthly-chart", monthly, summary(monthly, totals, locale),
                Map.of("labels", labels, "stacked", true, "datasets", datasets)));

        List<String> bandLabels = new ArrayList<>();
        List<Long> attendances = new ArrayList<>();
        List<Long> people = new ArrayList<>();
        List<String> bandTotals = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            long a = year.total().attendancesByAgeBand().getOrDefault(band, 0L);
            long p = year.total().peopleByAgeBand().getOrDefault(band, 0L);
            if (band == AgeBand.UNKNOWN && a == 0) {
                continue;
            }
            String label = ageBand(band, locale);
            bandLabels.add(label);
            attendances.add(a);
            people.add(p);
            bandTotals.add(messages.getMessage("attendance.figures.chart.bandTotal",
                    new Object[] {label, number(a), number(p)}, locale));
        }
        String byAge = text("attendance.figures.chart.ageBands", locale);
        charts.add(chart("attendance-age-chart", byAge, summary(byAge, bandTotals, locale), Map.of("labels", bandLabels,
                "stacked", false, "datasets", List.of(
                        Map.of("label", text("attendance.figures.attendances", locale), "data", attendances),
                        Map.of("label", text("attendance.figures.people", locale), "data", people)))));
        return charts;
    }

    private String summary(String title, List<String> totals, Locale locale) {
        return messages.getMessage("attendance.figures.chart.summary",
                new Object[] {title, String.join("ja".equals(locale.getLanguage()) ? "、" : ", ", totals)}, locale);
    }

    private Chart chart(String id, String title, String summary, Map<String, Object> data) {
        try {
            return new Chart(id, title, summary, json.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static String monthLabel(YearMonth m, Locale locale) {
        return "ja".equals(locale.getLanguage()) ? m.getYear() + "年" + m.getMonthValue() + "月"
                : m.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
    }

    private static String shortMonthLabel(YearMonth m, Locale locale) {
        return "ja".equals(locale.getLanguage()) ? m.getMonthValue() + "月"
                : m.format(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH));
    }

    static String dayLabel(LocalDate date, Locale locale) {
        return "ja".equals(locale.getLanguage())
                ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日（"
                  + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + "）"
                : date.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH));
    }
}
