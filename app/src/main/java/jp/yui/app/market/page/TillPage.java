package jp.yui.app.market.page;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.yui.app.market.usecase.Products;
import jp.yui.app.market.usecase.SalesPoints;
import jp.yui.app.market.usecase.Tills;
import jp.yui.app.page.PageController;
import jp.yui.app.page.ServiceWorkerScript;
import jp.yui.app.security.YuiUser;
import jp.yui.app.web.Conflict;
import jp.yui.app.web.NotFound;
import jp.yui.app.web.Views;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.api.Till;
import jp.yui.domain.market.query.ProductView;
import jp.yui.domain.market.query.SalesPointView;
import jp.yui.domain.market.query.TillSessionView;

/**
 * レジ: the till page on a tablet at the farm stand or a market. The first page chooses the till and opens its day
 * with the counted float (or continues today's session); the session page sells by touch or by product code, takes
 * cash with change or cashless, voids and refunds, and closes the day with counted money. Opening and closing are
 * plain form posts and need the network; sales, voids and refunds are made on the tablet ({@code till.js}) with ids
 * of its own, queued in its storage and sent through {@link TillActions} when the network carries them, and a
 * service worker keeps the page for a reload without signal. Who may use the till is decided before this runs
 * ({@code OrganizationAccess}: the organization's admins, operators and till staff).
 */
@PageController
class TillPage {

    /** A till on the choosing page, with today's session if it was opened. */
    record TillChoice(SalesPointView salesPoint, Till till, String sessionId, TillSessionView session) {
    }

    private final Tills tills;
    private final Products products;
    private final SalesPoints salesPoints;
    private final ObjectMapper json;
    private final Clock clock;

    TillPage(Tills tills, Products products, SalesPoints salesPoints, ObjectMapper json, Clock clock) {
        this.tills = tills;
        this.products = products;
        this.salesPoints = salesPoints;
        this.json = json;
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(java.time.ZoneId.of("Asia/Tokyo"))).withNano(0);
    }

    @GetMapping("/orgs/{org}/market/till")
    String choose(@PathVariable String org, Model model) {
        LocalDate today = now().toLocalDate();
        List<TillChoice> choices = new ArrayList<>();
        for (SalesPointView point : salesPoints.list(org)) {
            for (Till till : point.tills()) {
                String sessionId = Tills.sessionId(till.tillId(), today);
                choices.add(new TillChoice(point, till, sessionId, tills.session(org, sessionId).orElse(null)));
            }
        }
        model.addAttribute("today", today);
        model.addAttribute("choices", choices);
        return "till/choose";
    }

    @PostMapping("/orgs/{org}/market/till/open")
    String open(@PathVariable String org, @RequestParam String tillId, @RequestParam String floatYen,
                @AuthenticationPrincipal YuiUser user) {
        int yen = yen(floatYen);
        SalesPointView point = salesPoints.list(org).stream()
                .filter(p -> p.tills().stream().anyMatch(t -> t.tillId().equals(tillId))).findFirst()
                .orElseThrow(() -> Conflict.unprocessable("unknown-till"));
        LocalDateTime at = now();
        String sessionId = Tills.sessionId(tillId, at.toLocalDate());
        if (tills.session(org, sessionId).isEmpty()) {
            sessionId = tills.open(org, point.salesPointId(), tillId, at.toLocalDate(), yen, user.getUsername(), at);
        }
        return "redirect:/orgs/" + org + "/market/till/" + sessionId;
    }

    @GetMapping("/orgs/{org}/market/till/{sessionId}")
    String session(@PathVariable String org, @PathVariable String sessionId, Model model)
            throws JsonProcessingException {
        String id = checked(sessionId);
        TillSessionView session = Views.awaitPresent(() -> tills.session(org, id)).orElseThrow(NotFound::new);
        SalesPointView point = salesPoints.find(org, session.salesPointId());
        String tillName = point.tills().stream().filter(t -> t.tillId().equals(session.tillId())).map(Till::name)
                .findFirst().orElse(session.tillId());
        List<ProductView> onSale = products.list(org).stream().filter(ProductView::onSale)
                .sorted(Comparator.comparing(ProductView::code)).toList();
        Map<String, List<ProductView>> groups = new LinkedHashMap<>();
        onSale.stream().sorted(Comparator.comparing(p -> p.productGroup() == null ? "" : p.productGroup()))
                .forEach(p -> groups.computeIfAbsent(p.productGroup() == null ? "" : p.productGroup(),
                        g -> new ArrayList<>()).add(p));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("floatYen", session.floatYen());
        data.put("receipts", session.receipts());
        data.put("products", onSale.stream().map(p -> Map.of("productId", p.productId(), "code", p.code(),
                "name", p.name(), "priceYen", p.priceYen(), "taxCategory", p.taxCategory().name())).toList());
        model.addAttribute("tillSession", session);
        model.addAttribute("salesPoint", point);
        model.addAttribute("tillName", tillName);
        model.addAttribute("groups", groups);
        model.addAttribute("data", json.writeValueAsString(data));
        model.addAttribute("closedTenders", closedTenders(session));
        return "till/session";
    }

    /**
     * レジ締め: counted cash and the cashless total against what the session's facts expect. Needs the network (the
     * page says so and sends the queue first); the answer is the session shown closed.
     */
    @PostMapping("/orgs/{org}/market/till/{sessionId}/close")
    String close(@PathVariable String org, @PathVariable String sessionId, @RequestParam String countedCashYen,
                 @RequestParam String countedCashlessYen, @AuthenticationPrincipal YuiUser user) {
        String id = checked(sessionId);
        Map<Tender, Integer> counted = new EnumMap<>(Tender.class);
        counted.put(Tender.CASH, yen(countedCashYen));
        counted.put(Tender.CASHLESS, yen(countedCashlessYen));
        tills.close(org, id, counted, user.getUsername(), now());
        Views.awaitPresent(() -> tills.session(org, id).filter(TillSessionView::closed));
        return "redirect:/orgs/" + org + "/market/till/" + id;
    }

    /** The pages' service worker ({@link ServiceWorkerScript}), allowed to control every page below the choosing page. */
    @GetMapping("/orgs/{org}/market/till/till-sw.js")
    ResponseEntity<String> serviceWorker(@PathVariable String org) {
        return ServiceWorkerScript.allowedFor("/orgs/" + org + "/market/till");
    }

    /** Expected, counted and the difference per tender, cash first, once the session is closed. */
    private static List<jp.yui.domain.market.api.TenderCount> closedTenders(TillSessionView session) {
        return session.closedTenders().stream()
                .sorted(Comparator.comparing(jp.yui.domain.market.api.TenderCount::tender)).toList();
    }

    static String checked(String sessionId) {
        if (!sessionId.matches(TillActions.SESSION_ID)) {
            throw new NotFound();
        }
        return sessionId;
    }

    /** Whole yen typed on the tablet: 0 to 99,999,999; anything else is refused as the request it is. */
    static int yen(String typed) {
        Optional<Integer> yen = Optional.ofNullable(typed).map(String::strip).filter(s -> s.matches("[0-9]{1,8}"))
                .map(Integer::valueOf);
        return yen.orElseThrow(() -> Conflict.badRequest("invalid-yen"));
    }
}
