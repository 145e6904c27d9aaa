package jp.yui.app.market.page;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jp.yui.app.market.usecase.Tills;
import jp.yui.app.security.YuiUser;
import jp.yui.app.web.Conflict;
import jp.yui.app.web.Identifiers;
import jp.yui.app.web.NotFound;
import jp.yui.domain.market.query.SaleView;

/**
 * What the till page's queue sends ({@code till.js}): a sale, a void and a refund, each with the id the tablet made
 * for it, so one sent again (an answer lost on a weak signal) is recorded once and answered as the first time. JSON
 * in, JSON out, refusals as problem details in the tablet's language, like the API; under the page's path so the
 * page's session cookie and CSRF token are what carry it. And the sale behind a receipt number, for a refund of an
 * earlier day's sale.
 */
@RestController
class TillActions {

    static final String SESSION_ID = "TillSession:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final Tills tills;

    TillActions(Tills tills) {
        this.tills = tills;
    }

    @PostMapping("/orgs/{org}/market/till/{sessionId}/sales")
    Tills.Receipt sell(@PathVariable String org, @PathVariable String sessionId, @RequestBody Tills.Sale sale,
                       @AuthenticationPrincipal YuiUser user) {
        clientId(sale.saleId());
        return tills.sell(org, TillPage.checked(sessionId), sale, user.getUsername());
    }

    @PostMapping("/orgs/{org}/market/till/{sessionId}/voids")
    Map<String, String> voidSale(@PathVariable String org, @PathVariable String sessionId,
                                 @RequestBody Tills.Void v, @AuthenticationPrincipal YuiUser user) {
        clientId(v.voidId());
        tills.voidSale(org, TillPage.checked(sessionId), v, user.getUsername());
        return Map.of("voidId", v.voidId());
    }

    @PostMapping("/orgs/{org}/market/till/{sessionId}/refunds")
    Map<String, String> refund(@PathVariable String org, @PathVariable String sessionId,
                               @RequestBody Tills.Refund r, @AuthenticationPrincipal YuiUser user) {
        clientId(r.refundId());
        tills.refund(org, TillPage.checked(sessionId), r, user.getUsername());
        return Map.of("refundId", r.refundId());
    }

    /** The sale a receipt number names, with what was voided and refunded of it since: one index lookup. */
    @GetMapping("/orgs/{org}/market/till/{sessionId}/receipts/{receiptNumber}")
    SaleView receipt(@PathVariable String org, @PathVariable String sessionId, @PathVariable String receiptNumber) {
        TillPage.checked(sessionId);
        if (!receiptNumber.matches("[0-9A-Za-z-]{1,40}")) {
            throw new NotFound();
        }
        return tills.sale(org, receiptNumber).orElseThrow(NotFound::new);
    }

    private static void clientId(String id) {
        if (id == null || !id.matches(Identifiers.CLIENT_ACTION_ID)) {
            throw Conflict.badRequest("invalid-request");
        }
    }
}
