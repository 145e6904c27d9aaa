package jp.yui.app.attendance.page;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jp.yui.app.admin.usecase.Organizations;
import jp.yui.app.page.PageController;

/** 参加実績 as CSV for Excel: the 行事・講座 section of the figures page, row for row, in the page's language. */
@PageController
class AttendanceFiguresPage {

    private final AttendanceFiguresSection section;
    private final Organizations organizations;
    private final MessageSource messages;
    private final Clock clock;

    AttendanceFiguresPage(AttendanceFiguresSection section, Organizations organizations, MessageSource messages,
                          Clock clock) {
        this.section = section;
        this.organizations = organizations;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/orgs/{org}/figures/attendance.csv")
    ResponseEntity<byte[]> csv(@PathVariable String org, @RequestParam(required = false) String fiscalYear,
                               Locale locale) {
        if (fiscalYear != null && !fiscalYear.isBlank() && !fiscalYear.matches("\\d{4}")) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(text("figures.yearInvalid", locale).getBytes(StandardCharsets.UTF_8));
        }
        int year = fiscalYear == null || fiscalYear.isBlank() ? currentFiscalYear() : Integer.parseInt(fiscalYear);
        AttendanceFiguresSection.Section figures = section.section(org, year, locale);
        String name = organizations.named(org).name();
        String period = messages.getMessage("attendance.csv.year", new Object[] {Integer.toString(year)}, locale);
        List<AttendanceFiguresCsv.Line> lines = new ArrayList<>();
        for (AttendanceFiguresSection.SeriesRow s : figures.series()) {
            String of = s.participating().isEmpty() ? s.title()
                    : messages.getMessage("attendance.csv.withParticipants", new Object[] {s.title(),
                    s.participating()}, locale);
            lines.add(AttendanceFiguresCsv.Line.figures(name, text("attendance.csv.series", locale), of, period,
                    s.figures(), true));
        }
        List<AttendanceFiguresSection.Row> months = figures.months();
        for (int i = 0; i < months.size() - 1; i++) {
            lines.add(AttendanceFiguresCsv.Line.figures(name, text("attendance.csv.month", locale), "",
                    java.time.YearMonth.of(year, 4).plusMonths(i).toString(), months.get(i).figures(), false));
        }
        for (AttendanceFiguresSection.SessionRow s : figures.sessions()) {
            lines.add(AttendanceFiguresCsv.Line.figures(name, text("attendance.csv.session", locale), s.title(),
                    s.date().toString(), s.figures(), false));
        }
        lines.add(AttendanceFiguresCsv.Line.figures(name, text("attendance.csv.total", locale),
                text("attendance.csv.allSeries", locale), period, figures.total(), true));
        for (AttendanceFiguresSection.BreakdownRow band : figures.ageBands()) {
            lines.add(AttendanceFiguresCsv.Line.people(name, text("attendance.csv.ageBand", locale), band.label(),
                    period, band.attendances(), band.people()));
        }
        for (AttendanceFiguresSection.BreakdownRow district : figures.districts()) {
            lines.add(AttendanceFiguresCsv.Line.people(name, text("attendance.csv.district", locale),
                    district.label(), period, district.attendances(), district.people()));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("attendance-" + org + "-" + year + ".csv").build().toString())
                .body(AttendanceFiguresCsv.bytes(lines, locale));
    }

    private int currentFiscalYear() {
        LocalDate today = LocalDate.now(clock);
        return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
