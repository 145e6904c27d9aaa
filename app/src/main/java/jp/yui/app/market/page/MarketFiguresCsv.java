package jp.yui.app.market.page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.yui.app.transport.page.FiguresCsv;
import jp.yui.domain.market.query.SalesFigures;

/**
 * 売上集計 as a CSV file for Japanese Excel, as the ridership one ({@link FiguresCsv}): UTF-8 with a byte order mark,
 * CRLF, Japanese headers, a cell Excel would read as a formula kept as text. One row per sales point and month,
 * market day or total ({@code 内訳} says which), then one per producer (its net sales only).
 */
final class MarketFiguresCsv {

    /**
     * One line: who, which sales point and kind, what the row is (月, 開催日, 合計, 出荷者, 税率), the period, and the
     * figures; a producer's line has only its net ({@code figures} null).
     */
    record Line(String organization, String salesPoint, String kind, String breakdown, String period,
                SalesFigures figures, Long netOnly) {
    }

    static final List<String> HEADERS = List.of("団体", "販売所", "種別", "内訳", "期間", "レシート数", "総売上",
            "取消件数", "取消額", "返品件数", "返品額", "純売上", "8%対象（税込）", "8%消費税", "10%対象（税込）",
            "10%消費税", "現金", "キャッシュレス", "レジ過不足（現金）", "営業日数");

    private static final char BOM = '\uFEFF';

    private MarketFiguresCsv() {
    }

    static byte[] bytes(List<Line> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get());
            printer.printRecord(HEADERS);
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
        // Text cells guarded; numbers (a shortfall is negative) written as numbers.
        for (String text : new String[] {line.organization(), line.salesPoint(), line.kind(), line.breakdown(),
                line.period()}) {
            cells.add(FiguresCsv.safe(text));
        }
        SalesFigures f = line.figures();
        if (f == null) {
            for (int i = 5; i < HEADERS.size(); i++) {
                cells.add(i == 11 && line.netOnly() != null ? Long.toString(line.netOnly()) : "");
            }
        } else {
            for (long n : new long[] {f.receipts(), f.grossSalesYen(), f.voids(), f.voidsYen(), f.refunds(),
                    f.refundsYen(), f.netYen(), f.rate(8).netYen(), f.rate(8).taxYen(), f.rate(10).netYen(),
                    f.rate(10).taxYen(), f.cashYen(), f.cashlessYen(), f.cashDifferenceYen(), f.days()}) {
                cells.add(Long.toString(n));
            }
        }
        return cells;
    }
}
