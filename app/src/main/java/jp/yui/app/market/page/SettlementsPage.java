package jp.yui.app.market.page;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.yui.app.market.usecase.Producers;
import jp.yui.app.market.usecase.Settlements;
import jp.yui.app.page.PageController;
import jp.yui.app.web.Refusals;
import jp.yui.app.web.Views;
import jp.yui.domain.market.api.Fee;
import jp.yui.domain.market.api.ProducerDetails;
import jp.yui.domain.market.query.ProducerView;
import jp.yui.domain.market.query.SettlementView;

/**
 * 精算 for the office: the organization's producers with the end of their last settled period and their statements
 * (PDF), and a form to settle a producer's next period (from the day after the last one, or from a date given for the
 * first) with an optional fee. A refusal is shown with the rule's words; nothing is stored then.
 */
@PageController
class SettlementsPage {

    /** A producer as the page lists them: name opened (null once erased), last period end, statements newest first. */
    record ProducerRow(ProducerView producer, String name, List<SettlementView> settlements) {
    }

    public static class SettleForm {
        private String producerId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodTo;
        private String feeDescription;
        private Integer feeYen;

        public String getProducerId() { return producerId; }
        public void setProducerId(String producerId) { this.producerId = producerId; }
        public LocalDate getPeriodFrom() { return periodFrom; }
        public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
        public LocalDate getPeriodTo() { return periodTo; }
        public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
        public String getFeeDescription() { return feeDescription; }
        public void setFeeDescription(String feeDescription) { this.feeDescription = feeDescription; }
        public Integer getFeeYen() { return feeYen; }
        public void setFeeYen(Integer feeYen) { this.feeYen = feeYen; }
    }

    private final Producers producers;
    private final Settlements settlements;
    private final Refusals refusals;

    SettlementsPage(Producers producers, Settlements settlements, Refusals refusals) {
        this.producers = producers;
        this.settlements = settlements;
        this.refusals = refusals;
    }

    @GetMapping("/orgs/{org}/market/settlements")
    String page(@PathVariable String org, Model model) {
        List<ProducerRow> rows = producers.list(org).stream()
                .sorted(Comparator.comparing(ProducerView::producerNumber))
                .map(p -> new ProducerRow(p, producers.details(p).map(ProducerDetails::name).orElse(null),
                        settlements.ofProducer(org, p.producerId()).stream()
                                .sorted(Comparator.comparing(SettlementView::periodTo).reversed()).toList()))
                .toList();
        model.addAttribute("rows", rows);
        if (!model.containsAttribute("settle")) {
            model.addAttribute("settle", new SettleForm());
        }
        return "market/settlements";
    }

    @PostMapping("/orgs/{org}/market/settlements")
    String settle(@PathVariable String org, @ModelAttribute("settle") SettleForm form, Principal by, Model model,
                  Locale locale, RedirectAttributes redirect) {
        try {
            ProducerView producer = producers.find(org, form.getProducerId());
            LocalDate from = form.getPeriodFrom() != null ? form.getPeriodFrom()
                    : producer.settledTo() == null ? null : producer.settledTo().plusDays(1);
            if (from == null || form.getPeriodTo() == null) {
                model.addAttribute("formError", from == null ? "settlements.fromNeeded" : "settlements.toNeeded");
                return page(org, model);
            }
            List<Fee> fees = form.getFeeYen() == null || form.getFeeYen() == 0 ? List.of()
                    : List.of(new Fee(form.getFeeDescription() == null ? "" : form.getFeeDescription().strip(),
                            form.getFeeYen()));
            String settlementId = settlements.settle(org, producer.producerId(), from, form.getPeriodTo(), fees,
                    by.getName());
            // The page after the redirect shows the new period and its statement: wait for both views briefly.
            Views.awaitPresent(() -> settlements.ofProducer(org, producer.producerId()).stream()
                    .filter(s -> s.settlementId().equals(settlementId)).findFirst());
            Views.awaitPresent(() -> Optional.of(producers.find(org, producer.producerId()))
                    .filter(p -> form.getPeriodTo().equals(p.settledTo())));
            redirect.addFlashAttribute("settled", settlementId);
            redirect.addFlashAttribute("settledNumber", producer.producerNumber());
            return "redirect:/orgs/" + org + "/market/settlements";
        } catch (RuntimeException e) {
            ProblemDetail problem = refusals.of(e, locale);
            if (problem == null) {
                throw e;
            }
            model.addAttribute("problem", problem);
            return page(org, model);
        }
    }
}
