package jp.yui.app.market.page;

import java.nio.charset.StandardCharsets;
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
import jp.yui.app.market.usecase.MarketFigures;
import jp.yui.app.page.PageController;
import jp.yui.domain.market.api.SalesPointKind;

/** 売上集計 as CSV for Excel: the 直売所・マルシェ section of the figures page, row for row. */
@PageController
class MarketFiguresPage {

    private final MarketFigures figures;
    private final MarketFiguresSection section;
    private final Organizations organizations;
    private final MessageSource messages;

    MarketFiguresPage(MarketFigures figures, MarketFiguresSection section, Organizations organizations,
                      MessageSource messages) {
        this.figures = figures;
        this.section = section;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/orgs/{org}/figures/market-sales.csv")
    ResponseEntity<byte[]> csv(@PathVariable String org, @RequestParam(required = false) String fiscalYear,
                               Locale locale) {
        if (fiscalYear != null && !fiscalYear.isBlank() && !fiscalYear.matches("\\d{4}")) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(messages.getMessage("figures.yearInvalid", null, locale)
                            .getBytes(StandardCharsets.UTF_8));
        }
        MarketFigures.Year year = figures.figures(org, fiscalYear);
        String name = organizations.named(org).name();
        String period = year.fiscalYear() + "年度";
        List<MarketFiguresCsv.Line> lines = new ArrayList<>();
        for (MarketFigures.SalesPointYear point : year.salesPoints()) {
            String pointName = section.salesPointName(org, point.salesPointId());
            String kind = point.kind() == SalesPointKind.MARKET ? "マルシェ" : "直売所";
            for (MarketFigures.MonthRow month : point.months()) {
                lines.add(new MarketFiguresCsv.Line(name, pointName, kind, "月", month.month(), month.figures(),
                        null));
            }
            for (MarketFigures.DayRow day : point.marketDays()) {
                lines.add(new MarketFiguresCsv.Line(name, pointName, kind, "開催日", day.date().toString(),
                        day.figures(), null));
            }
            lines.add(new MarketFiguresCsv.Line(name, pointName, kind, "合計", period, point.total(), null));
        }
        lines.add(new MarketFiguresCsv.Line(name, "全販売所", "", "合計", period, year.total(), null));
        for (MarketFiguresSection.ProducerRow producer : section.producerRows(org, year.total(), Locale.JAPANESE)) {
            lines.add(new MarketFiguresCsv.Line(name, "全販売所", "", producer.label(), period, null,
                    producer.netYen()));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("market-sales-" + org + "-" + year.fiscalYear() + ".csv").build().toString())
                .body(MarketFiguresCsv.bytes(lines));
    }
}
