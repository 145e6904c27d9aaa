package jp.yui.app.attendance.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.yui.domain.attendance.query.AttendanceFigures;

/** The attendance CSV writer: BOM, CRLF, headers in the page's language, empty cells where a row has no such figure. */
class AttendanceFiguresCsvTest {

    private static final AttendanceFigures FIGURES = new AttendanceFigures(3, 7, 6, 3, 1, 9, 7, Map.of(), Map.of(),
            Map.of(), Map.of(), 1, 2700);

    @Test
    void aSeriesRowASessionRowAndAnAgeBandRowInJapanese() {
        String csv = new String(AttendanceFiguresCsv.bytes(List.of(
                AttendanceFiguresCsv.Line.figures("河東地域づくり委員会", "行事", "健康講座", "2025年度", FIGURES, true),
                AttendanceFiguresCsv.Line.figures("河東地域づくり委員会", "回", "健康講座 第1回", "2025-04-10", FIGURES,
                        false),
                AttendanceFiguresCsv.Line.people("河東地域づくり委員会", "年齢区分", "75〜84歳", "2025年度", 4, 2)),
                Locale.JAPANESE), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFF団体,内訳,行事・区分,期間,回数,申込者数,参加者数（申込）,当日参加,無断欠席,"
                + "延べ人数,実人数,3回以上参加,参加費収入（円）\r\n"
                + "河東地域づくり委員会,行事,健康講座,2025年度,3,7,6,3,1,9,7,1,2700\r\n"
                + "河東地域づくり委員会,回,健康講座 第1回,2025-04-10,3,7,6,3,1,9,7,,2700\r\n"
                + "河東地域づくり委員会,年齢区分,75〜84歳,2025年度,,,,,,4,2,,\r\n");
    }

    @Test
    void englishHeadersForTheEnglishPageAndATitleExcelWouldRunKeptAsText() {
        String csv = new String(AttendanceFiguresCsv.bytes(List.of(AttendanceFiguresCsv.Line.figures("Org", "Series",
                "=HYPERLINK(\"http://x\")", "FY 2025", FIGURES, true)), Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFOrganization,Breakdown,Series or group,Period,Sessions,Registered,")
                .contains("\r\nOrg,Series,\"'=HYPERLINK(\"\"http://x\"\")\",FY 2025,3,");
    }
}
