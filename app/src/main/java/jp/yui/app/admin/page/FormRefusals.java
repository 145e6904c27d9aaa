package jp.yui.app.admin.page;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import jp.yui.app.web.Refusals;

/**
 * A refusal shown next to the field it is about: the rule's words (the same the API answers) on the field its rule
 * names, or above the form when no field is named. An exception that is no refusal (a fault) is thrown on.
 */
@Component
class FormRefusals {

    private final Refusals refusals;

    FormRefusals(Refusals refusals) {
        this.refusals = refusals;
    }

    /** Puts the refusal in {@code binding}: on the field of its rule or problem code in {@code fieldOf}, else global. */
    void show(RuntimeException e, BindingResult binding, Locale locale, Map<String, String> fieldOf) {
        ProblemDetail problem = refusals.of(e, locale);
        if (problem == null) {
            throw e;
        }
        String message = problem.getDetail() == null ? problem.getTitle()
                : problem.getTitle() + "：" + problem.getDetail();
        Object rule = problem.getProperties() == null ? null : problem.getProperties().get("rule");
        String code = problem.getType() == null ? null : problem.getType().toString();
        String field = rule != null && fieldOf.containsKey(rule.toString()) ? fieldOf.get(rule.toString())
                : fieldOf.entrySet().stream().filter(f -> code != null && code.endsWith(":" + f.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (field != null) {
            binding.rejectValue(field, "refused", message);
        } else {
            binding.reject("refused", message);
        }
    }
}
