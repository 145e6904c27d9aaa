package jp.yui.app.transport.page;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.yui.app.admin.usecase.Organizations;
import jp.yui.app.attendance.page.AttendanceFiguresSection;
import jp.yui.app.market.page.MarketFiguresSection;
import jp.yui.app.page.PageController;
import jp.yui.app.transport.usecase.Ridership;
import jp.yui.app.transport.usecase.ServiceSetup;
import jp.yui.domain.transport.query.RidershipFigures;
import jp.yui.domain.transport.query.ServiceView;
import jp.yui.infra.accounts.MongoOrganizations.Organization;

/**
 * 実績: an organization's ridership and revenue by service and month of a fiscal year (年度, April to March), as
 * tables, charts and a CSV file for Excel, with its farm stand and market sales ({@link MarketFiguresSection}) and its
 * events' attendance ({@link AttendanceFiguresSection}); and for the city, every organization's totals side by side. Figures only:
 * these pages show no resident, driver or booking. One index range read of the month rollups per organization.
 */
@PageController
class FiguresPage {

    /** A line of a month table: the month (or the total) and its figures. */
    record Row(String label, boolean total, RidershipFigures figures) {
    }

    /** One service's months and total, with its charts' data as JSON (read by {@code figures.js}). */
    record Section(String anchor, String name, List<Row> rows, List<Chart> charts) {
    }

    /** A chart: its title, a text alternative with the year's numbers, and the data for Chart.js. */
    record Chart(String id, String title, String summary, String json) {
    }

    /** A line of the city's table: an organization's service (or the organization's total) for the year. */
    record CityRow(String organization, String service, boolean total, RidershipFigures figures) {
    }

    /** A line of the city's market table: an organization's farm stand and market sales for the year. */
    record CityMarketRow(String organization, jp.yui.domain.market.query.SalesFigures figures) {
    }

    /** Fiscal years offered by the selector: this one and the four before. */
    private static final int YEARS_OFFERED = 5;

    private final Ridership ridership;
    private final ServiceSetup services;
    private final Organizations organizations;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final Clock clock;
    private final MarketFiguresSection market;
    private final AttendanceFiguresSection attendance;

    FiguresPage(Ridership ridership, ServiceSetup services, Organizations organizations, MessageSource messages,
                ObjectMapper json, Clock clock, MarketFiguresSection market, AttendanceFiguresSection attendance) {
        this.market = market;
        this.attendance = attendance;
        this.ridership = ridership;
        this.services = services;
        this.organizations = organizations;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/orgs/{org}/figures")
    String figures(@PathVariable String org, @RequestParam(required = false) String fiscalYear, Locale locale,
                   Model model, HttpServletResponse response) {
        model.addAttribute("orgId", org);
        if (!valid(fiscalYear)) {
            return invalidYear(model, response, "figures/organization");
        }
        int year = fiscalYear(fiscalYear);
        Ridership.Figures figures = ridership.figures(org, null, null, Integer.toString(year));
        Map<String, String> names = serviceNames(org);
        List<Section> sections = new ArrayList<>();
        int i = 0;
        for (Ridership.ServiceRows service : figures.services()) {
            String anchor = "service-" + (++i);
            List<Row> rows = new ArrayList<>();
            for (Ridership.MonthRow month : service.months()) {
                rows.add(new Row(monthLabel(month.month(), locale), false, month.figures()));
            }
            rows.add(new Row(text("figures.total", locale), true, service.total()));
            sections.add(new Section(anchor, serviceName(service.serviceId(), names, locale), rows,
                    charts(anchor, service, locale)));
        }
        model.addAttribute("fiscalYear", year);
        model.addAttribute("years", yearsOffered(year));
        model.addAttribute("period", period(year, locale));
        model.addAttribute("sections", sections);
        model.addAttribute("total", figures.total());
        model.addAttribute("market", market.section(org, year, locale));
        model.addAttribute("attendance", attendance.section(org, year, locale));
        return "figures/organization";
    }

    @GetMapping("/orgs/{org}/figures/ridership.csv")
    ResponseEntity<byte[]> csv(@PathVariable String org, @RequestParam(required = false) String fiscalYear,
                               Locale locale) {
        if (!valid(fiscalYear)) {
            return invalidYear(locale);
        }
        int year = fiscalYear(fiscalYear);
        Ridership.Figures figures = ridership.figures(org, null, null, Integer.toString(year));
        String name = organizations.named(org).name();
        Map<String, String> names = serviceNames(org);
        List<FiguresCsv.Line> lines = new ArrayList<>();
        for (Ridership.ServiceRows service : figures.services()) {
            String serviceName = serviceName(service.serviceId(), names, Locale.JAPANESE);
            for (Ridership.MonthRow month : service.months()) {
                lines.add(new FiguresCsv.Line(name, serviceName, month.month(), month.figures()));
            }
            lines.add(new FiguresCsv.Line(name, serviceName, "合計", service.total()));
        }
        lines.add(new FiguresCsv.Line(name, "全サービス", "合計", figures.total()));
        return csv(FiguresCsv.bytes(lines), "ridership-" + org + "-" + year + ".csv");
    }

    @GetMapping("/city/figures")
    String city(@RequestParam(required = false) String fiscalYear, Locale locale, Model model,
                HttpServletResponse response) {
        if (!valid(fiscalYear)) {
            return invalidYear(model, response, "figures/city");
        }
        int year = fiscalYear(fiscalYear);
        List<CityRow> rows = new ArrayList<>();
        List<CityMarketRow> marketRows = new ArrayList<>();
        List<Organization> all = organizations.list();
        for (Organization organization : all) {
            Ridership.Figures figures = ridership.figures(organization.id(), null, null, Integer.toString(year));
            Map<String, String> names = serviceNames(organization.id());
            for (Ridership.ServiceRows service : figures.services()) {
                rows.add(new CityRow(organization.name(), serviceName(service.serviceId(), names, locale), false,
                        service.total()));
            }
            rows.add(new CityRow(organization.name(), text("figures.city.organizationTotal", locale), true,
                    figures.total()));
            market.yearTotal(organization.id(), year)
                    .ifPresent(sales -> marketRows.add(new CityMarketRow(organization.name(), sales)));
        }
        model.addAttribute("marketRows", marketRows);
        model.addAttribute("attendanceRows", attendance.cityRows(all, year, locale));
        model.addAttribute("fiscalYear", year);
        model.addAttribute("years", yearsOffered(year));
        model.addAttribute("period", period(year, locale));
        model.addAttribute("rows", rows);
        return "figures/city";
    }

    @GetMapping("/city/figures.csv")
    ResponseEntity<byte[]> cityCsv(@RequestParam(required = false) String fiscalYear, Locale locale) {
        if (!valid(fiscalYear)) {
            return invalidYear(locale);
        }
        int year = fiscalYear(fiscalYear);
        String period = year + "年度";
        List<FiguresCsv.Line> lines = new ArrayList<>();
        for (Organization organization : organizations.list()) {
            Ridership.Figures figures = ridership.figures(organization.id(), null, null, Integer.toString(year));
            Map<String, String> names = serviceNames(organization.id());
            for (Ridership.ServiceRows service : figures.services()) {
                lines.add(new FiguresCsv.Line(organization.name(),
                        serviceName(service.serviceId(), names, Locale.JAPANESE), period, service.total()));
            }
            lines.add(new FiguresCsv.Line(organization.name(), "全サービス", period, figures.total()));
        }
        return csv(FiguresCsv.bytes(lines), "ridership-city-" + year + ".csv");
    }

    private static ResponseEntity<byte[]> csv(byte[] body, String filename) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    /** None (the current one) or four digits. */
    private static boolean valid(String fiscalYear) {
        return fiscalYear == null || fiscalYear.isBlank() || fiscalYear.matches("\\d{4}");
    }

    /** A year that is not one: the page of the current year without figures, the rule next to the selector, 400. */
    private String invalidYear(Model model, HttpServletResponse response, String view) {
        int year = fiscalYear(null);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("yearInvalid", true);
        model.addAttribute("fiscalYear", year);
        model.addAttribute("years", yearsOffered(year));
        model.addAttribute("period", "");
        model.addAttribute("sections", List.of());
        model.addAttribute("rows", List.of());
        model.addAttribute("marketRows", List.of());
        model.addAttribute("attendanceRows", List.of());
        return view;
    }

    private ResponseEntity<byte[]> invalidYear(Locale locale) {
        return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(text("figures.yearInvalid", locale).getBytes(StandardCharsets.UTF_8));
    }

    /** The fiscal year asked for (four digits), or the current one by the Japan clock. */
    private int fiscalYear(String fiscalYear) {
        if (fiscalYear == null || fiscalYear.isBlank()) {
            LocalDate today = LocalDate.now(clock);
            return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        }
        return Integer.parseInt(fiscalYear);
    }

    private List<Integer> yearsOffered(int selected) {
        int current = fiscalYear(null);
        TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        for (int y = current; y > current - YEARS_OFFERED; y--) {
            years.add(y);
        }
        years.add(selected);
        return List.copyOf(years);
    }

    private Map<String, String> serviceNames(String org) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ServiceView service : services.services(org)) {
            names.put(service.serviceId(), service.name());
        }
        return names;
    }

    private String serviceName(String serviceId, Map<String, String> names, Locale locale) {
        if (serviceId == null) {
            return text("figures.noService", locale);
        }
        return names.getOrDefault(serviceId, serviceId);
    }

    private String period(int year, Locale locale) {
        return messages.getMessage("figures.period", new Object[] {Integer.toString(year),
                monthLabel(YearMonth.of(year, 4).toString(), locale),
                monthLabel(YearMonth.of(year + 1, 3).toString(), locale)}, locale);
    }

    private static String monthLabel(String month, Locale locale) {
        YearMonth m = YearMonth.parse(month);
        return "ja".equals(locale.getLanguage())
                ? m.getYear() + "年" + m.getMonthValue() + "月"
                : m.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
    }

    /** A chart's axis: the month alone ("4月", "Apr"); the chart's title and the tables say the year. */
    private static String shortMonthLabel(String month, Locale locale) {
        YearMonth m = YearMonth.parse(month);
        return "ja".equals(locale.getLanguage()) ? m.getMonthValue() + "月"
                : m.format(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private List<Chart> charts(String anchor, Ridership.ServiceRows service, Locale locale) {
        List<String> labels = service.months().stream().map(m -> shortMonthLabel(m.month(), locale)).toList();
        List<Chart> charts = new ArrayList<>();
        charts.add(chart(anchor + "-booked", "figures.chart.booked", false, labels, service, locale,
                series("figures.passengersBooked", RidershipFigures::passengersBooked),
                series("figures.boarded", RidershipFigures::boarded)));
        charts.add(chart(anchor + "-noshows", "figures.chart.noShows", false, labels, service, locale,
                series("figures.noShows", RidershipFigures::noShows)));
        charts.add(chart(anchor + "-cancels", "figures.chart.cancels", true, labels, service, locale,
                series("figures.cancelled", RidershipFigures::cancelled),
                series("figures.lateCancels", RidershipFigures::lateCancels),
                series("figures.sameDayCancels", RidershipFigures::sameDayCancels)));
        charts.add(chart(anchor + "-unmet", "figures.chart.unmet", false, labels, service, locale,
                series("figures.turnedDown", RidershipFigures::turnedDown),
                series("figures.unmetNeeds", RidershipFigures::unmetNeeds)));
        return charts;
    }

    private record Series(String key, ToLongFunction<RidershipFigures> value) {
    }

    private static Series series(String key, ToLongFunction<RidershipFigures> value) {
        return new Series(key, value);
    }

    private Chart chart(String id, String titleKey, boolean stacked, List<String> labels,
                        Ridership.ServiceRows service, Locale locale, Series... series) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        for (Series s : series) {
            String label = text(s.key(), locale);
            datasets.add(Map.of("label", label,
                    "data", service.months().stream().map(m -> s.value().applyAsLong(m.figures())).toList()));
            totals.add(label + " " + s.value().applyAsLong(service.total()));
        }
        String title = text(titleKey, locale);
        String summary = messages.getMessage("figures.chart.summary",
                new Object[] {title, String.join(locale.getLanguage().equals("ja") ? "、" : ", ", totals)}, locale);
        try {
            return new Chart(id, title, summary, json.writeValueAsString(
                    Map.of("labels", labels, "stacked", stacked, "datasets", datasets)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
