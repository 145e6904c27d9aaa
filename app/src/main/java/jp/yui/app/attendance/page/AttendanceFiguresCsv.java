package jp.yui.app.attendance.page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.yui.app.transport.page.FiguresCsv;
import jp.yui.domain.attendance.query.AttendanceFigures;

/**
 * 参加実績 as a CSV file for Excel, as the ridership and sales ones: UTF-8 with a byte order mark, CRLF, a cell Excel
 * would read as a formula kept as text; Japanese headers, English ones for the English page. One row per series,
 * month, session and the year's total ({@code 内訳} says which), then per age band and district with 延べ人数 and
 * 実人数 only. 3回以上参加 is of a series or the year; a month's or a session's is left empty.
 */
final class AttendanceFiguresCsv {

    /** One line: who, what the row is, of what, the period, and its figures (or only 延べ and 実人数). */
    record Line(String organization, String breakdown, String of, String period, AttendanceFigures figures,
                boolean withRepeat, Long attendancesOnly, Long peopleOnly) {

        static Line figures(String organization, String breakdown, String of, String period, AttendanceFigures f,
                            boolean withRepeat) {
            return new Line(organization, breakdown, of, period, f, withRepeat, null, null);
        }

        static Line people(String organization, String breakdown, String of, String period, long attendances,
                           long people) {
            return new Line(organization, breakdown, of, period, null, false, attendances, people);
        }
    }

    static final List<String> HEADERS = List.of("団体", "内訳", "行事・区分", "期間", "回数", "申込者数",
            "参加者数（申込）", "当日参加", "無断欠席", "延べ人数", "実人数", "3回以上参加", "参加費収入（円）");

    static final List<String> HEADERS_EN = List.of("Organization", "Breakdown", "Series or group", "Period",
            "Sessions", "Registered", "Attended (registered)", "Walk-ins", "No-shows", "Attendances",
            "Distinct people", "Repeat attendees (3+)", "Fee revenue (yen)");

    private static final char BOM = '\uFEFF';

    private AttendanceFiguresCsv() {
    }

    static List<String> headers(Locale locale) {
        return "en".equals(locale.getLanguage()) ? HEADERS_EN : HEADERS;
    }

    static byte[] bytes(List<Line> lines, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get());
            printer.printRecord(headers(locale));
            for (Line line : lines) {
                printer.printRecord(cells(line));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static List<String> cells(Line line) {
        List<String> cells = new ArrayList<>(HEADERS.size());
        for (String text : new String[] {line.organization(), line.breakdown(), line.of(), line.period()}) {
            cells.add(FiguresCsv.safe(text));
        }
        AttendanceFigures f = line.figures();
        if (f == null) {
            for (String cell : new String[] {"", "", "", "", "", Long.toString(line.attendancesOnly()),
                    Long.toString(line.peopleOnly()), "", ""}) {
                cells.add(cell);
            }
            return cells;
        }
        for (long n : new long[] {f.sessions(), f.registered(), f.attended(), f.walkIns(), f.noShows(),
                f.attendances(), f.distinctPeople()}) {
            cells.add(Long.toString(n));
        }
        cells.add(line.withRepeat() ? Long.toString(f.repeatAttendees()) : "");
        cells.add(Long.toString(f.feeRevenueYen()));
        return cells;
    }
}
