package jp.yui.app.transport.page;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.yui.domain.transport.query.RidershipFigures;

/**
 * 利用実績 as a CSV file that Japanese Excel opens as it is: UTF-8 with a byte order mark, CRLF line ends, Japanese
 * headers, one row per organization, service and month (or total). A cell that Excel would read as a formula (one
 * starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so a service named
 * {@code =HYPERLINK(...)} stays text.
 */
public final class FiguresCsv {

    /** One line: who, which service, which month ({@code 2026-04}) or total ({@code 合計}), and the figures. */
    public record Line(String organization, String service, String period, RidershipFigures figures) {
    }

    static final List<String> HEADERS = List.of("団体", "サービス", "年月", "予約件数", "予約人数", "輸送人員", "不在",
            "キャンセル", "直前キャンセル", "当日キャンセル", "お断り", "未充足需要", "車いす利用", "実人数",
            "運賃収入 現金", "運賃収入 回数券", "運賃収入 プリペイドカード", "運賃収入 請求", "運賃収入 計",
            "実費 燃料", "実費 有料道路", "実費 駐車場", "謝礼", "実費・謝礼 計", "走行距離 (km)", "運送回数", "運行便数");

    private static final char BOM = '\uFEFF';

    private FiguresCsv() {
    }

    /** The whole file as bytes (UTF-8, BOM first). */
    public static byte[] bytes(List<Line> lines) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            write(writer, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(Writer writer, List<Line> lines) throws IOException {
        writer.write(BOM);
        CSVFormat format = CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord(HEADERS);
        for (Line line : lines) {
            printer.printRecord(cells(line));
        }
        printer.flush();
    }

    static List<String> cells(Line line) {
        RidershipFigures f = line.figures();
        List<String> cells = new ArrayList<>(HEADERS.size());
        cells.add(line.organization());
        cells.add(line.service());
        cells.add(line.period());
        for (long n : new long[] {f.bookings(), f.passengersBooked(), f.boarded(), f.noShows(), f.cancelled(),
                f.lateCancels(), f.sameDayCancels(), f.turnedDown(), f.unmetNeeds(), f.wheelchairRides(),
                f.distinctRiders(), f.fareRevenue().cash(), f.fareRevenue().ticket(), f.fareRevenue().prepaidCard(),
                f.fareRevenue().invoice(), f.fareRevenue().total(), f.volunteerCosts().fuel(),
                f.volunteerCosts().toll(), f.volunteerCosts().parking(), f.volunteerCosts().thanks(),
                f.volunteerCosts().total(), f.km(), f.runs(), f.runsScheduled()}) {
            cells.add(Long.toString(n));
        }
        return cells.stream().map(FiguresCsv::safe).toList();
    }

    /** The cell as text Excel will not evaluate (also for the other figures' CSV files). */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
