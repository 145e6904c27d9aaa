package jp.yui.app.market.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.yui.domain.market.api.CommissionFigures;
import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.Fee;
import jp.yui.domain.market.api.RateFigures;
import jp.yui.domain.market.api.SettlementFigures;
import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.market.api.SettlementItemKind;
import jp.yui.domain.market.query.SettlementView;

/**
 * The statement PDF from a settlement built by hand: its text, as PDFBox extracts it, carries every figure in its
 * row and every label; the font is embedded as a subset; an erased producer shows the number only.
 */
class StatementPdfTest {

    private final StatementPdf pdf = new StatementPdf(Path.of(StatementPdf.DEFAULT_FONT));

    /**
     * April 2026 of producer P-007 (野菜 15 %, 加工品 20 %):
     * <pre>
     *  8 %: トマト 3 × 200 = 600, 漬物 1 × 540 = 540 → sales 1,140; a tomato voided −200 → net 940,
     *       tax floor(940 × 8 / 108) = floor(69.6) = 69
     * 10 %: 花束 1 × 1,100 → sales 1,100; net 1,100, tax floor(1,100 × 10 / 110) = 100
     * net sales 940 + 1,100 = 2,040
     * commission 野菜 (600 − 200 = 400) × 15 % = 60; 加工品 540 × 20 % = 108; 標準 (花束) 1,100 × 15 % = 165
     *            → 60 + 108 + 165 = 333; its tax floor(333 × 10 %) = 33
     * fees 袋代 300
     * payout 2,040 − 333 − 33 − 300 = 1,374
     * </pre>
     */
    static SettlementView april() {
        List<SettlementItem> items = List.of(
                new SettlementItem("S1/L1", SettlementItemKind.SALE, "TillSession:a", "R-0001",
                        LocalDate.of(2026, 4, 3), "Product:tomato", "トマト", "野菜", 8, 3, 600),
                new SettlementItem("S1/L2", SettlementItemKind.SALE, "TillSession:a", "R-0001",
                        LocalDate.of(2026, 4, 3), "Product:pickles", "漬物", "加工品", 8, 1, 540),
                new SettlementItem("V1/L1", SettlementItemKind.VOID, "TillSession:a", "R-0001",
                        LocalDate.of(2026, 4, 3), "Product:tomato", "トマト", "野菜", 8, 1, -200),
                new SettlementItem("S2/L1", SettlementItemKind.SALE, "TillSession:b", "R-0002",
                        LocalDate.of(2026, 4, 5), "Product:flowers", "花束", null, 10, 1, 1100));
        SettlementFigures figures = new SettlementFigures(
                List.of(new RateFigures(8, 1140, 200, 0, 940, 69), new RateFigures(10, 1100, 0, 0, 1100, 100)),
                2040,
                List.of(new CommissionFigures("加工品", 540, 2000, 108), new CommissionFigures("野菜", 400, 1500, 60),
                        new CommissionFigures(null, 1100, 1500, 165)),
                333, 33, 300, 1374);
        return new SettlementView("Settlement:1", "minato", "Producer:7", "P-007", LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), "T1234567890123",
                new CommissionTerms(1500, Map.of("野菜", 1500, "加工品", 2000)), items,
                List.of(new Fee("袋代", 300)), figures, "office", LocalDateTime.of(2026, 5, 7, 10, 0));
    }

    @Test
    void theJapaneseStatementCarriesEveryFigureInItsRow() throws IOException {
        byte[] bytes = pdf.render(new StatementPdf.Statement(april(), "みなと地域づくり協議会", "山田 太郎"),
                Locale.JAPANESE);
        Path saved = Path.of("target", "statements");
        Files.createDirectories(saved);
        Files.write(saved.resolve("statement-ja.pdf"), bytes);
        String text = text(bytes);
        List<String> lines = text.lines().map(StatementPdfTest::normalized).toList();

        assertThat(lines).contains(
                "精算書（支払通知書）",
                "出荷者番号 P-007 山田 太郎 様",
                "登録番号 T1234567890123",
                "精算期間 2026年4月1日〜2026年4月30日",
                // sales by rate: 売上, 取消, 返品, 純売上, うち消費税
                "税率 売上 取消 返品 純売上 うち消費税",
                "8%（軽減税率） 1,140円 200円 0円 940円 69円",
                "10% 1,100円 0円 0円 1,100円 100円",
                "合計 2,240円 200円 0円 2,040円 169円",
                // commission per group with its rate, the total and its tax apart
                "区分 対象売上 料率 手数料",
                "加工品 540円 20% 108円",
                "野菜 400円 15% 60円",
                "標準 1,100円 15% 165円",
                "販売手数料 計 333円",
                "販売手数料の消費税（10%） 33円",
                "袋代 300円",
                "純売上 (a) 2,040円",
                "販売手数料 (b) 333円",
                "販売手数料の消費税 10% (c) 33円",
                "その他の手数料 (d) 300円",
                "支払額 (a)−(b)−(c)−(d) 1,374円",
                // the items
                "日付 レシート番号 品名 数量 金額 税率 区分",
                "2026年4月3日 R-0001 トマト 3 600円 8% 売上",
                "2026年4月3日 R-0001 漬物 1 540円 8% 売上",
                "2026年4月3日 R-0001 トマト 1 -200円 8% 取消",
                "2026年4月5日 R-0002 花束 1 1,100円 10% 売上",
                "1 / 1 ページ");
        assertThat(lines).contains("発行者 みなと地域づくり協議会 精算日 2026年5月7日");
    }

    @Test
    void theFontIsEmbeddedAsASubset() throws IOException {
        byte[] bytes = pdf.render(new StatementPdf.Statement(april(), "みなと", "山田 太郎"), Locale.JAPANESE);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDPage page = document.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            }
            assertThat(page.getResources().getFontNames()).isNotEmpty();
        }
        // A subset of a 4 MB font: the glyphs used only.
        assertThat(bytes.length).isLessThan(200_000);
    }

    @Test
    void anErasedProducerIsShownByNumberOnlyAndAnUnregisteredOneSaysSo() throws IOException {
        SettlementView a = april();
        SettlementView unregistered = new SettlementView(a.settlementId(), a.organizationId(), a.producerId(),
                a.producerNumber(), a.periodFrom(), a.periodTo(), null, a.commission(), a.items(), List.of(),
                new SettlementFigures(a.figures().rates(), 2040, a.figures().commissions(), 333, 33, 0, 1674),
                a.settledBy(), a.at());
        List<String> lines = text(pdf.render(new StatementPdf.Statement(unregistered, "みなと", null),
                Locale.JAPANESE)).lines().map(StatementPdfTest::normalized).toList();

        assertThat(lines).contains("出荷者番号 P-007", "登録番号 登録番号なし", "なし 0円", "その他の手数料 (d) 0円",
                "支払額 (a)−(b)−(c)−(d) 1,674円");
        assertThat(lines).noneMatch(line -> line.contains("様"));
    }

    @Test
    void anEnglishReaderGetsTheStatementInEnglish() throws IOException {
        List<String> lines = text(pdf.render(new StatementPdf.Statement(april(), "Minato", "山田 太郎"),
                Locale.ENGLISH)).lines().map(StatementPdfTest::normalized).toList();

        assertThat(lines).contains("Settlement statement (payment notice)",
                "8% (reduced) ¥1,140 ¥200 ¥0 ¥940 ¥69",
                "Commission total ¥333",
                "Consumption tax on the commission (10%) ¥33",
                "Payout (a) - (b) - (c) - (d) ¥1,374",
                "3 Apr 2026 R-0001 トマト 1 -¥200 8% Void");
    }

    @Test
    void manyItemsGoOnAsManyPagesAsTheyNeed() throws IOException {
        SettlementView a = april();
        List<SettlementItem> many = java.util.stream.IntStream.range(0, 120)
                .mapToObj(i -> new SettlementItem("S" + i + "/L1", SettlementItemKind.SALE, "TillSession:a",
                        "R-%04d".formatted(i), LocalDate.of(2026, 4, 1 + i % 30), "Product:tomato", "トマト", "野菜", 8,
                        1, 200))
                .toList();
        SettlementView long_ = new SettlementView(a.settlementId(), a.organizationId(), a.producerId(),
                a.producerNumber(), a.periodFrom(), a.periodTo(), a.invoiceNumber(), a.commission(), many, a.fees(),
                a.figures(), a.settledBy(), a.at());
        byte[] bytes = pdf.render(new StatementPdf.Statement(long_, "みなと", "山田 太郎"), Locale.JAPANESE);
        String text = text(bytes);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            assertThat(text).contains("1 / " + pages + " ページ", pages + " / " + pages + " ページ");
        }
        for (int i = 0; i < 120; i++) {
            assertThat(text).contains("R-%04d トマト".formatted(i));
        }
    }

    @Test
    void aMissingFontIsToldByItsPathAndTheDebianPackage(@TempDir Path dir) {
        Path missing = dir.resolve("none.ttf");
        assertThat(Files.exists(missing)).isFalse();

        assertThatThrownBy(() -> new StatementPdf(missing).render(new StatementPdf.Statement(april(), "みなと", null),
                Locale.JAPANESE))
                .isInstanceOf(StatementPdf.FontMissing.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("fonts-ipaexfont-gothic");
    }

    /** A line as read: runs of spaces between words made one. */
    static String normalized(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
