package jp.yui.app.market.page;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.yui.app.market.usecase.MarketFigures;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.query.SalesFigures;
import jp.yui.domain.market.query.TaxRateSales;

/**
 * The 直売所・マルシェ section of an organization's figures page: per sales point a month table, the market days by
 * date, the year per producer (by producer number: the figures show no personal data) and per tax rate, and the
 * charts' data. Built from {@link MarketFigures} (twelve lookups), one key lookup per sales point and producer named (through the use case).
 */
@Component
public class MarketFiguresSection {

    /** A line of a table: a month, a market day or the total, and its figures. */
    public record Row(String label, boolean total, SalesFigures figures) {
    }

    public record Point(String anchor, String name, String kindLabel, boolean market, List<Row> months,
                        List<Row> days) {
    }

    public record ProducerRow(String label, long netYen, String share) {
    }

    public record RateRow(String label, TaxRateSales sales) {
    }

    public record Chart(String id, String title, String summary, String json) {
    }

    public record Section(List<Point> points, List<ProducerRow> producers, List<RateRow> rates, SalesFigures total,
                          List<Chart> charts) {

        public boolean empty() {
            return points.isEmpty();
        }
    }

    private final MarketFigures figures;
    private final MessageSource messages;
    private final ObjectMapper json;

    MarketFiguresSection(MarketFigures figures, MessageSource messages, ObjectMapper json) {
        this.figures = figures;
        this.messages = messages;
        this.json = json;
    }

    public Section section(String org, int fiscalYear, Locale locale) {
        MarketFigures.Year year = figures.year(org, fiscalYear);
        List<Point> points = new ArrayList<>();
        int i = 0;
        for (MarketFigures.SalesPointYear point : year.salesPoints()) {
            String anchor = "market-" + (++i);
            List<Row> months = new ArrayList<>();
            point.months().forEach(m -> months.add(new Row(monthLabel(m.month(), locale), false, m.figures())));
            months.add(new Row(text("market.figures.total", locale), true, point.total()));
            List<Row> days = new ArrayList<>();
            point.marketDays().forEach(d -> days.add(new Row(dayLabel(d.date(), locale), false, d.figures())));
            boolean market = point.kind() == SalesPointKind.MARKET;
            points.add(new Point(anchor, salesPointName(org, point.salesPointId()),
                    text(market ? "market.figures.kind.market" : "market.figures.kind.farmStand", locale), market,
                    months, days));
        }
        return new Section(points, producerRows(org, year.total(), locale), rateRows(year.total()), year.total(),
                points.isEmpty() ? List.of() : charts(org, year, points, locale));
    }

    /** The organization's farm stand and market sales of the year, or empty when it has none (the city's table). */
    public java.util.Optional<SalesFigures> yearTotal(String org, int fiscalYear) {
        MarketFigures.Year year = figures.year(org, fiscalYear);
        return year.salesPoints().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(year.total());
    }

    /** The name of a sales point, or its id when the view does not know it yet. */
    public String salesPointName(String org, String salesPointId) {
        return figures.salesPointName(org, salesPointId).orElse(salesPointId);
    }

    /** A producer as the figures name them: by producer number (出荷者番号), never by the sealed name. */
    public String producerLabel(String org, String producerId, Locale locale) {
        String number = figures.producerNumber(org, producerId).orElse(null);
        return number == null ? text("market.figures.unknownProducer", locale)
                : messages.getMessage("market.figures.producer", new Object[] {number}, locale);
    }

    List<ProducerRow> producerRows(String org, SalesFigures total, Locale locale) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(total.producers().entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<ProducerRow> rows = new ArrayList<>();
        for (Map.Entry<String, Long> producer : sorted) {
            rows.add(new ProducerRow(producerLabel(org, producer.getKey(), locale), producer.getValue(),
                    share(producer.getValue(), total.netYen())));
        }
        return rows;
    }

    private static List<RateRow> rateRows(SalesFigures total) {
        return SalesFigures.TAX_RATES.stream().map(rate -> new RateRow(rate + "%", total.rate(rate))).toList();
    }

    /** A share in per cent with one decimal ("12.5"), or "–" of nothing. */
    static String share(long part, long whole) {
        if (whole <= 0) {
            return "–";
        }
        long tenths = Math.round(part * 1000.0 / whole);
        return (tenths / 10) + "." + Math.abs(tenths % 10);
    }

    private List<Chart> charts(String org, MarketFigures.Year year, List<Point> points, Locale locale) {
        List<Chart> charts = new ArrayList<>();
        List<String> labels = year.salesPoints().isEmpty() ? List.of()
                : year.salesPoints().get(0).months().stream().map(m -> shortMonthLabel(m.month(), locale)).toList();
        List<Map<String, Object>> datasets = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            MarketFigures.SalesPointYear point = year.salesPoints().get(i);
            datasets.add(Map.of("label", points.get(i).name(),
                    "data", point.months().stream().map(m -> m.figures().netYen()).toList()));
            totals.add(points.get(i).name() + " " + yen(point.total().netYen(), locale));
        }
        String monthlyTitle = text("market.figures.chart.monthly", locale);
        charts.add(chart("market-monthly", monthlyTitle, summary(monthlyTitle, totals, locale),
                Map.of("labels", labels, "stacked", true, "datasets", datasets)));

        List<ProducerRow> producerRows = producerRows(org, year.total(), locale);
        List<String> producerLabels = new ArrayList<>();
        List<Long> producerNet = new ArrayList<>();
        List<String> producerTotals = new ArrayList<>();
        for (ProducerRow row : producerRows) {
            producerLabels.add(row.label());
            producerNet.add(Math.max(0, row.netYen()));
            producerTotals.add(row.label() + " " + row.share() + "%");
        }
        String shareTitle = text("market.figures.chart.producers", locale);
        Map<String, Object> share = new LinkedHashMap<>();
        share.put("type", "doughnut");
        share.put("labels", producerLabels);
        share.put("stacked", false);
        share.put("datasets", List.of(Map.of("label", text("market.figures.net", locale), "data", producerNet)));
        charts.add(chart("market-producers-share", shareTitle, summary(shareTitle, producerTotals, locale), share));
        return charts;
    }

    private String summary(String title, List<String> totals, Locale locale) {
        return messages.getMessage("market.figures.chart.summary",
                new Object[] {title, String.join("ja".equals(locale.getLanguage()) ? "、" : ", ", totals)}, locale);
    }

    private Chart chart(String id, String title, String summary, Map<String, Object> data) {
        try {
            return new Chart(id, title, summary, json.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String yen(long value, Locale locale) {
        String amount = String.format(Locale.ROOT, "%,d", value);
        return "ja".equals(locale.getLanguage()) ? amount + "円" : "¥" + amount;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static String monthLabel(String month, Locale locale) {
        YearMonth m = YearMonth.parse(month);
        return "ja".equals(locale.getLanguage()) ? m.getYear() + "年" + m.getMonthValue() + "月"
                : m.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
    }

    private static String shortMonthLabel(String month, Locale locale) {
        YearMonth m = YearMonth.parse(month);
        return "ja".equals(locale.getLanguage()) ? m.getMonthValue() + "月"
                : m.format(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH));
    }

    static String dayLabel(LocalDate date, Locale locale) {
        return "ja".equals(locale.getLanguage())
                ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日（"
                  + date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.JAPANESE) + "）"
                : date.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH));
    }
}
