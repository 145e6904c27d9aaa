package jp.yui.app.transport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import jp.yui.domain.transport.query.RidershipFigures;

/** The figures' CSV as Japanese Excel needs it: BOM, CRLF, Japanese headers, numbers as they are, no formulas. */
class FiguresCsvTest {

    private static final RidershipFigures JUNE = new RidershipFigures(4, 7, 6, 1, 1, 1, 1, 1, 1, 1, 2,
            new RidershipFigures.FareRevenue(900, 300, 0, 0, 1200),
            new RidershipFigures.VolunteerCosts(800, 300, 200, 500, 1800), 42, 1, 1);

    @Test
    void startsWithABomEndsLinesWithCrLfAndHasJapaneseHeaders() {
        String text = new String(FiguresCsv.bytes(List.of(
                new FiguresCsv.Line("みなと", "みなとバス", "2026-06", JUNE),
                new FiguresCsv.Line("みなと", "みなとバス", "合計", RidershipFigures.NONE))), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF団体,サービス,年月,予約件数,予約人数,輸送人員,不在,キャンセル,直前キャンセル,");
        assertThat(text.split("\r\n", -1)).hasSize(4);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text.split("\r\n")[1])
                .isEqualTo("みなと,みなとバス,2026-06,4,7,6,1,1,1,1,1,1,1,2,900,300,0,0,1200,800,300,200,500,1800,42,1,1");
        assertThat(text.split("\r\n")[2]).startsWith("みなと,みなとバス,合計,0,0,0,");
    }

    @Test
    void everyHeaderHasItsFigure() throws Exception {
        String text = new String(FiguresCsv.bytes(List.of(new FiguresCsv.Line("a", "b", "c", JUNE))),
                StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).values()).containsExactlyElementsOf(FiguresCsv.HEADERS);
        assertThat(records.get(1).size()).isEqualTo(FiguresCsv.HEADERS.size());
        assertThat(records.get(1).get(FiguresCsv.HEADERS.indexOf("輸送人員"))).isEqualTo("6");
        assertThat(records.get(1).get(FiguresCsv.HEADERS.indexOf("運賃収入 計"))).isEqualTo("1200");
        assertThat(records.get(1).get(FiguresCsv.HEADERS.indexOf("実費・謝礼 計"))).isEqualTo("1800");
    }

    @Test
    void aCellThatExcelWouldEvaluateStaysText() throws Exception {
        String text = new String(FiguresCsv.bytes(List.of(
                new FiguresCsv.Line("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", JUNE),
                new FiguresCsv.Line("@SUM(A1)", "\tTAB", "普通, \"引用\"", JUNE))), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(records.get(1).get(1)).isEqualTo("'+1");
        assertThat(records.get(1).get(2)).isEqualTo("'-2");
        assertThat(records.get(2).get(0)).isEqualTo("'@SUM(A1)");
        assertThat(records.get(2).get(1)).isEqualTo("'\tTAB");
        assertThat(records.get(2).get(2)).as("quoted, not changed").isEqualTo("普通, \"引用\"");
        assertThat(records.get(2).get(3)).isEqualTo("4");
    }
}
