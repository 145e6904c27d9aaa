package jp.yui.app.market.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import jp.yui.domain.market.api.CommissionFigures;
import jp.yui.domain.market.api.Fee;
import jp.yui.domain.market.api.RateFigures;
import jp.yui.domain.market.api.SettlementFigures;
import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.market.query.SettlementView;

/**
 * 精算書（支払通知書）: a producer's settlement as an A4 PDF, in Japanese (or English for an English reader). It shows
 * who issues it and to whom, the invoice registration number valid at the period's end (or 登録番号なし), the period,
 * the sales per tax rate (売上, 取消, 返品, 純売上 and the consumption tax in it), the commission per group with its
 * rate, the commission's 10 % consumption tax apart from the sales, other fees, the payout worked out line by line,
 * and every item the settlement covers.
 *
 * <p>The text is set in a Japanese TrueType font embedded as a subset (only the glyphs used), so the file opens the
 * same everywhere and its text can be copied and searched. The font is a file on the server: by default Debian's
 * IPAex Gothic ({@code fonts-ipaexfont-gothic}), another one through {@code yui.pdf.font} ({@code YUI_PDF_FONT}).
 * Amounts are written {@code 12,345円} in Japanese, {@code ¥12,345} in English; an item taken back (取消, 返品) is
 * negative ({@code -300円}).
 */
public final class StatementPdf {

    /** Debian's IPAex Gothic, package {@code fonts-ipaexfont-gothic}. */
    public static final String DEFAULT_FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";

    /** What one statement shows beyond the settlement: the issuer's name and the producer's (null once erased). */
    public record Statement(SettlementView settlement, String organizationName, String producerName) {
    }

    /** The font file is not there: statements cannot be made until it is installed or another one is named. */
    public static final class FontMissing extends IllegalStateException {
        FontMissing(Path font) {
            super("The statement font " + font + " is missing: install Debian's fonts-ipaexfont-gothic or set "
                    + "YUI_PDF_FONT (yui.pdf.font) to a TrueType font with Japanese glyphs");
        }
    }

    private static final float MARGIN = 42f;
    private static final float BODY = 9.5f;
    private static final float SMALL = 8.5f;
    private static final float LINE = 14f;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float RIGHT = WIDTH - MARGIN;

    private final Path font;

    public StatementPdf(Path font) {
        this.font = font;
    }

    public Path font() {
        return font;
    }

    public boolean fontPresent() {
        return Files.isReadable(font);
    }

    /** The statement as PDF bytes, in Japanese unless {@code locale} is English. */
    public byte[] render(Statement statement, Locale locale) {
        if (!fontPresent()) {
            throw new FontMissing(font);
        }
        Texts texts = new Texts(locale);
        try (PDDocument document = new PDDocument()) {
            PDType0Font type0 = PDType0Font.load(document, font.toFile());
            new Writer(document, type0, texts, statement).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statement's words in one language, and how it writes amounts, rates and dates. */
    static final class Texts {
        private final ResourceBundle bundle;
        private final Locale locale;
        private final DateTimeFormatter dates;

        Texts(Locale locale) {
            this.locale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
            this.bundle = ResourceBundle.getBundle("pages/statement", this.locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            this.dates = DateTimeFormatter.ofPattern(get("statement.date"), this.locale);
        }

        String get(String key) {
            return bundle.getString(key);
        }

        String format(String key, Object... arguments) {
            return new MessageFormat(get(key), locale).format(arguments);
        }

        /** {@code 12,345円} (ja) or {@code ¥12,345} (en); negative amounts with a leading minus. */
        String yen(long amount) {
            String digits = NumberFormat.getIntegerInstance(Locale.JAPAN).format(Math.abs(amount));
            return (amount < 0 ? "-" : "") + get("statement.yen").replace("{0}", digits);
        }

        /** Basis points as a percentage: 1500 → {@code 15%}, 1250 → {@code 12.5%}. */
        static String percent(int basisPoints) {
            return BigDecimal.valueOf(basisPoints).movePointLeft(2).stripTrailingZeros().toPlainString() + "%";
        }

        String date(LocalDate date) {
            return date == null ? "" : dates.format(date);
        }

        String rate(int taxRate) {
            return bundle.containsKey("statement.rate." + taxRate) ? get("statement.rate." + taxRate) : taxRate + "%";
        }
    }

    /** Lays the statement out page by page, top to bottom. */
    private static final class Writer {
        private final PDDocument document;
        private final PDType0Font font;
        private final Texts t;
        private final Statement statement;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, PDType0Font font, Texts texts, Statement statement) {
            this.document = document;
            this.font = font;
            this.t = texts;
            this.statement = statement;
        }

        void write() throws IOException {
            SettlementView s = statement.settlement();
            SettlementFigures f = s.figures();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(t.get("statement.title") + " " + s.producerNumber() + " " + s.periodTo());
            info.setCreator("Yui");
            newPage();
            header(s);
            salesByRate(f);
            commission(f);
            fees(s, f);
            summary(f);
            items(s.items());
            content.close();
            pageNumbers();
        }

        private void header(SettlementView s) throws IOException {
            String title = t.get("statement.title");
            text((WIDTH - width(title, 18f)) / 2, y, title, 18f);
            y -= 34f;
            text(MARGIN, y, t.get("statement.issuer") + "  " + orEmpty(statement.organizationName()), BODY + 1);
            right(RIGHT, y, t.get("statement.settledOn") + "  "
                    + t.date(s.at() == null ? null : s.at().toLocalDate()), BODY);
            y -= LINE + 6f;
            String producer = t.get("statement.producerNumber") + "  " + s.producerNumber();
            String name = statement.producerName();
            if (name != null && !name.isBlank()) {
                producer += "    " + name + " " + t.get("statement.honorific");
            }
            text(MARGIN, y, producer.strip(), 12f);
            y -= 4f;
            line(MARGIN, y, MARGIN + 300f, y, 0.8f);
            y -= LINE + 2f;
            label(t.get("statement.invoice"),
                    s.invoiceNumber() == null || s.invoiceNumber().isBlank() ? t.get("statement.noInvoice")
                            : s.invoiceNumber());
            label(t.get("statement.period"), t.format("statement.periodRange", t.date(s.periodFrom()),
                    t.date(s.periodTo())));
            y -= 8f;
        }

        private void label(String label, String value) throws IOException {
            text(MARGIN, y, label, BODY);
            text(MARGIN + 110f, y, value, BODY);
            y -= LINE;
        }

        private void salesByRate(SettlementFigures f) throws IOException {
            heading(t.get("statement.sales"));
            float[] cols = {MARGIN, 250f, 315f, 380f, 450f, RIGHT};
            String[] head = {t.get("statement.rate"), t.get("statement.sold"), t.get("statement.voids"),
                    t.get("statement.refunds"), t.get("statement.net"), t.get("statement.taxIn")};
            tableHead(cols, head);
            Map<Integer, RateFigures> byRate = new TreeMap<>();
            byRate.put(8, new RateFigures(8, 0, 0, 0, 0, 0));
            byRate.put(10, new RateFigures(10, 0, 0, 0, 0, 0));
            f.rates().forEach(r -> byRate.put(r.taxRate(), r));
            long sales = 0;
            long voids = 0;
            long refunds = 0;
            long tax = 0;
            for (RateFigures r : byRate.values()) {
                row(cols, t.rate(r.taxRate()), t.yen(r.salesYen()), t.yen(r.voidsYen()), t.yen(r.refundsYen()),
                        t.yen(r.netYen()), t.yen(r.taxYen()));
                sales += r.salesYen();
                voids += r.voidsYen();
                refunds += r.refundsYen();
                tax += r.taxYen();
            }
            line(MARGIN, y + LINE - 3f, RIGHT, y + LINE - 3f, 0.5f);
            row(cols, t.get("statement.total"), t.yen(sales), t.yen(voids), t.yen(refunds), t.yen(f.netSalesYen()),
                    t.yen(tax));
            y -= 8f;
        }

        private void commission(SettlementFigures f) throws IOException {
            heading(t.get("statement.commission"));
            float[] cols = {MARGIN, 380f, 450f, RIGHT};
            tableHead(cols, new String[] {t.get("statement.group"), t.get("statement.base"),
                    t.get("statement.commissionRate"), t.get("statement.commissionAmount")});
            for (CommissionFigures c : f.commissions()) {
                row(cols, c.productGroup() == null ? t.get("statement.group.default") : c.productGroup(),
                        t.yen(c.netSalesYen()), Texts.percent(c.basisPoints()), t.yen(c.commissionYen()));
            }
            line(MARGIN, y + LINE - 3f, RIGHT, y + LINE - 3f, 0.5f);
            row(cols, t.get("statement.commissionTotal"), "", "", t.yen(f.commissionYen()));
            row(cols, t.get("statement.commissionTax"), "", "", t.yen(f.commissionTaxYen()));
            text(MARGIN, y, t.get("statement.commissionNote"), SMALL);
            y -= LINE + 8f;
        }

        private void fees(SettlementView s, SettlementFigures f) throws IOException {
            heading(t.get("statement.fees"));
            float[] cols = {MARGIN, RIGHT};
            if (s.fees().isEmpty()) {
                row(cols, t.get("statement.noFees"), t.yen(0));
            }
            for (Fee fee : s.fees()) {
                row(cols, fee.description(), t.yen(fee.amountYen()));
            }
            if (s.fees().size() > 1) {
                line(MARGIN, y + LINE - 3f, RIGHT, y + LINE - 3f, 0.5f);
                row(cols, t.get("statement.total"), t.yen(f.feesYen()));
            }
            y -= 8f;
        }

        private void summary(SettlementFigures f) throws IOException {
            heading(t.get("statement.summary"));
            float[] cols = {MARGIN, RIGHT};
            row(cols, t.get("statement.summary.net"), t.yen(f.netSalesYen()));
            row(cols, t.get("statement.summary.commission"), t.yen(f.commissionYen()));
            row(cols, t.get("statement.summary.commissionTax"), t.yen(f.commissionTaxYen()));
            row(cols, t.get("statement.summary.fees"), t.yen(f.feesYen()));
            line(MARGIN, y + LINE - 3f, RIGHT, y + LINE - 3f, 1f);
            y -= 3f;
            text(MARGIN, y, t.get("statement.payout"), 12f);
            right(RIGHT, y, t.yen(f.payoutYen()), 12f);
            y -= 5f;
            line(MARGIN, y, RIGHT, y, 1f);
            y -= LINE + 14f;
        }

        private void items(List<SettlementItem> items) throws IOException {
            heading(t.get("statement.items"));
            // date | receipt | product | quantity (right) | amount (right) | rate (right) | kind
            float[] cols = {MARGIN, 114f, 242f, 410f, 470f, 505f, 515f};
            String[] head = {t.get("statement.item.date"), t.get("statement.item.receipt"),
                    t.get("statement.item.product"), t.get("statement.item.quantity"), t.get("statement.item.amount"),
                    t.get("statement.item.rate"), t.get("statement.item.kind")};
            itemHead(cols, head);
            if (items.isEmpty()) {
                text(MARGIN, y, t.get("statement.noItems"), BODY);
                y -= LINE;
                return;
            }
            Comparator<SettlementItem> order = Comparator.comparing(SettlementItem::businessDate,
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));
            order = order.thenComparing(i -> orEmpty(i.receiptNumber()))
                    .thenComparing(SettlementItem::kind)
                    .thenComparing(i -> orEmpty(i.itemId()));
            List<SettlementItem> sorted = items.stream().sorted(order).toList();
            for (SettlementItem item : sorted) {
                if (y < MARGIN + 30f) {
                    content.close();
                    newPage();
                    itemHead(cols, head);
                }
                text(cols[0], y, t.date(item.businessDate()), SMALL);
                text(cols[1], y, fit(orEmpty(item.receiptNumber()), SMALL, cols[2] - cols[1] - 6f), SMALL);
                text(cols[2], y, fit(orEmpty(item.description()), SMALL, cols[3] - cols[2] - 30f), SMALL);
                right(cols[3], y, Integer.toString(item.quantity()), SMALL);
                right(cols[4], y, t.yen(item.amountYen()), SMALL);
                right(cols[5], y, item.taxRate() + "%", SMALL);
                text(cols[6], y, t.get("statement.kind." + item.kind().name()), SMALL);
                y -= LINE - 2f;
            }
        }

        private void itemHead(float[] cols, String[] head) throws IOException {
            for (int i = 0; i < head.length; i++) {
                if (i >= 3 && i <= 5) {
                    right(cols[i], y, head[i], SMALL);
                } else {
                    text(cols[i], y, head[i], SMALL);
                }
            }
            y -= 4f;
            line(MARGIN, y, RIGHT, y, 0.5f);
            y -= LINE - 2f;
        }

        private void heading(String heading) throws IOException {
            text(MARGIN, y, heading, 11f);
            y -= LINE + 2f;
        }

        /** A table's header: the first column to the left, the others to the left of their x; a rule beneath. */
        private void tableHead(float[] cols, String[] head) throws IOException {
            row(cols, head);
            y += LINE - 4f;
            line(MARGIN, y, RIGHT, y, 0.5f);
            y -= LINE - 2f;
        }

        /** A row: the first cell to the left (cut to leave room for the next), the others to the left of their x. */
        private void row(float[] cols, String... cells) throws IOException {
            if (y < MARGIN + 30f) {
                content.close();
                newPage();
            }
            float firstWidth = (cols.length > 2 ? cols[1] - 60f : cols[1] - 160f) - cols[0];
            text(cols[0], y, fit(cells[0], BODY, firstWidth), BODY);
            for (int i = 1; i < cells.length; i++) {
                right(cols[i], y, cells[i], BODY);
            }
            y -= LINE;
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            y = HEIGHT - MARGIN - 14f;
        }

        /** "1 / 2 ページ" at the foot of every page, once the number of pages is known. */
        private void pageNumbers() throws IOException {
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    content = foot;
                    String text = t.format("statement.page", i + 1, pages.size());
                    text((WIDTH - width(text, SMALL)) / 2, MARGIN - 16f, text, SMALL);
                }
            }
        }

        private void text(float x, float atY, String text, float size) throws IOException {
            String shown = printable(text);
            if (shown.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(shown);
            content.endText();
        }

        private void right(float x, float atY, String text, float size) throws IOException {
            text(x - width(text, size), atY, text, size);
        }

        private void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
            content.setLineWidth(lineWidth);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(printable(text)) / 1000f * size;
        }

        /** The text cut with "…" to fit {@code max} points. */
        private String fit(String text, float size, float max) throws IOException {
            String shown = printable(text);
            if (width(shown, size) <= max) {
                return shown;
            }
            int end = shown.length();
            while (end > 0 && width(shown.substring(0, end) + "…", size) > max) {
                end = shown.offsetByCodePoints(end, -1);
            }
            return shown.substring(0, end) + "…";
        }

        /**
         * The text as the font can show it: control characters become spaces, a character without a glyph in the
         * font becomes "〓" (下駄記号), so a product typed with a rare character never stops a statement.
         */
        private String printable(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder shown = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    shown.append(' ');
                } else if (hasGlyph(cp)) {
                    shown.appendCodePoint(cp);
                } else {
                    shown.append('〓');
                }
            });
            return shown.toString();
        }

        private boolean hasGlyph(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }
    }
}
