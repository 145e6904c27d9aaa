package jp.yui.app.web;

import java.util.Locale;
import java.util.Set;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import jp.yui.domain.shared.BusinessRuleViolation;

/**
 * What a refusal means to the person who asked: its status, title and detail in their language. One mapping for the
 * JSON API ({@link ApiErrors}, problem details) and the pages (the same words next to the field). Never echoes the
 * request nor an exception's message, which may quote personal data. Returns null for an exception that is not a
 * refusal (a fault).
 */
@Component
public class Refusals {

    /** Rules that refuse because the thing named is not this organization's (or not there): answered like a 404. */
    static final Set<String> NOT_FOUND_RULES = Set.of("BelongsToOrganization", "BookingIsOnRun");

    private final ProblemResponses problems;

    Refusals(ProblemResponses problems) {
        this.problems = problems;
    }

    public ProblemDetail of(RuntimeException e, Locale locale) {
        if (e instanceof BusinessRuleViolation violation) {
            if (NOT_FOUND_RULES.contains(violation.rule())) {
                // Answered like a missing record: one organization must not learn what another has.
                return problems.problem(HttpStatus.NOT_FOUND, "not-found", locale);
            }
            HttpStatus status = violation.conflictsWithCurrentState() ? HttpStatus.CONFLICT
                    : HttpStatus.UNPROCESSABLE_ENTITY;
            ProblemDetail problem = problems.problem(status, kebab(violation.rule()), locale);
            problem.setProperty("rule", violation.rule());
            if (problem.getDetail() == null || Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
                problem.setDetail(violation.getMessage());
            }
            return problem;
        }
        if (e instanceof AggregateNotFoundException || e instanceof NotFound) {
            return problems.problem(HttpStatus.NOT_FOUND, "not-found", locale);
        }
        if (e instanceof AggregateStreamCreationException) {
            // Something created under an id that is taken, e.g. a service code the organization already uses.
            return problems.problem(HttpStatus.CONFLICT, "already-exists", locale);
        }
        if (e instanceof org.springframework.security.access.AccessDeniedException) {
            return problems.problem(HttpStatus.FORBIDDEN, "forbidden", locale);
        }
        if (e instanceof Conflict conflict) {
            return problems.problem(conflict.status(), conflict.code(), locale);
        }
        if (e instanceof ConcurrencyException) {
            return problems.problem(HttpStatus.CONFLICT, "concurrent-change", locale);
        }
        return null;
    }

    /** A fault, not a refusal: nothing was stored. */
    public ProblemDetail internal(Locale locale) {
        return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", locale);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
