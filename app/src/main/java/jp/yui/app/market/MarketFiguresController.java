package jp.yui.app.market;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Pattern;

import jp.yui.app.market.usecase.MarketFigures;
import jp.yui.app.web.Identifiers;

/** 売上集計: the farm stand's and markets' sales of a fiscal year (年度) per sales point, month and market day. */
@RestController
class MarketFiguresController {

    private final MarketFigures figures;

    MarketFiguresController(MarketFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/orgs/{org}/stats/market-sales")
    MarketFigures.Year sales(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                             @RequestParam(required = false) String fiscalYear) {
        return figures.figures(org, fiscalYear);
    }
}
