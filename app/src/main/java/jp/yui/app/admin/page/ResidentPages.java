package jp.yui.app.admin.page;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.yui.app.page.PageController;
import jp.yui.app.residents.usecase.Residents;
import jp.yui.app.residents.usecase.Residents.ResidentCard;
import jp.yui.domain.residents.api.ConsentKind;

/**
 * 会員: the directory searched by phone number or kana, a resident's card with their consents (見守り, データ利活用),
 * and erasure (削除) behind a confirmation: the admin types the member number, else nothing is erased. Every read
 * of personal details is recorded in the access log by the use case.
 */
@PageController
class ResidentPages {

    public static class ConsentForm {
        @NotNull
        private ConsentKind kind = ConsentKind.WATCH_OVER;
        private boolean given = true;
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;

        public ConsentKind getKind() { return kind; }
        public void setKind(ConsentKind kind) { this.kind = kind; }
        public boolean isGiven() { return given; }
        public void setGiven(boolean given) { this.given = given; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
    }

    public static class ErasureForm {
        @Size(max = 20)
        private String memberNumber;

        public String getMemberNumber() { return memberNumber; }
        public void setMemberNumber(String memberNumber) { this.memberNumber = memberNumber; }
    }

    private static final Map<String, String> CONSENT_FIELD_OF_RULE = Map.of("ConsentIsComplete", "kind");

    private final Residents residents;
    private final FormRefusals refusals;

    ResidentPages(Residents residents, FormRefusals refusals) {
        this.residents = residents;
        this.refusals = refusals;
    }

    @GetMapping("/orgs/{org}/admin/residents")
    String search(@PathVariable String org, @RequestParam(required = false) String phone,
                  @RequestParam(required = false) String kana, Model model) {
        String byPhone = phone == null || phone.isBlank() ? null : phone.strip();
        String byKana = kana == null || kana.isBlank() ? null : kana.strip();
        model.addAttribute("phone", byPhone);
        model.addAttribute("kana", byKana);
        model.addAttribute("found", residents.search(org, byPhone, byKana));
        return "admin/residents";
    }

    @GetMapping("/orgs/{org}/admin/residents/{residentId}")
    String card(@PathVariable String org, @PathVariable String residentId, Model model) {
        return cardPage(residents.card(org, residentId), model);
    }

    private String cardPage(ResidentCard card, Model model) {
        model.addAttribute("r", card);
        model.addAttribute("consentKinds", ConsentKind.values());
        if (!model.containsAttribute("consent")) {
            ConsentForm consent = new ConsentForm();
            consent.setDate(LocalDate.now());
            model.addAttribute("consent", consent);
        }
        return "admin/resident";
    }

    @PostMapping("/orgs/{org}/admin/residents/{residentId}/consents")
    String consent(@PathVariable String org, @PathVariable String residentId,
                   @Valid @ModelAttribute("consent") ConsentForm form, BindingResult binding, Principal operator,
                   Model model, Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                residents.consent(org, operator.getName(), residentId, form.getKind(), form.isGiven(), form.getDate());
                redirect.addFlashAttribute("done", "admin.residents.consentRecorded");
                return "redirect:/orgs/" + org + "/admin/residents/" + residentId + "#consents";
            } catch (RuntimeException e) {
                refusals.show(e, binding, locale, CONSENT_FIELD_OF_RULE);
            }
        }
        return cardPage(residents.card(org, residentId), model);
    }

    /** The confirmation step: what erasure means, and the member number to type. */
    @GetMapping("/orgs/{org}/admin/residents/{residentId}/erase")
    String confirmErasure(@PathVariable String org, @PathVariable String residentId, Model model) {
        model.addAttribute("r", residents.card(org, residentId));
        model.addAttribute("erasure", new ErasureForm());
        return "admin/resident-erase";
    }

    /** Erases the resident only when the member number typed is theirs; otherwise asks again, nothing erased. */
    @PostMapping("/orgs/{org}/admin/residents/{residentId}/erase")
    String erase(@PathVariable String org, @PathVariable String residentId,
                 @Valid @ModelAttribute("erasure") ErasureForm form, BindingResult binding, Principal operator,
                 Model model, Locale locale, RedirectAttributes redirect) {
        ResidentCard card = residents.card(org, residentId);
        String typed = form.getMemberNumber() == null ? "" : form.getMemberNumber().strip();
        if (!binding.hasErrors() && !typed.equals(card.memberNumber())) {
            binding.rejectValue("memberNumber", "admin.residents.eraseMismatch");
        }
        if (!binding.hasErrors()) {
            try {
                residents.erase(org, operator.getName(), residentId);
                redirect.addFlashAttribute("done", "admin.residents.erased");
                return "redirect:/orgs/" + org + "/admin/residents/" + residentId;
            } catch (RuntimeException e) {
                refusals.show(e, binding, locale, Map.of());
            }
        }
        model.addAttribute("r", card);
        return "admin/resident-erase";
    }
}
