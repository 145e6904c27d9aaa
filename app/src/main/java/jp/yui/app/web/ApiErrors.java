package jp.yui.app.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jp.yui.domain.shared.BusinessRuleViolation;

/**
 * Turns refusals into RFC 9457 problem details. Nothing from the request body is echoed back: it may hold
 * personal data, and so may exception messages from parsers, so neither reaches a response or a log.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** Rules that refuse because the thing named is not this organization's (or not there): answered like a 404. */
    private static final java.util.Set<String> NOT_FOUND_RULES = java.util.Set.of("BelongsToOrganization",
            "BookingIsOnRun");

    private final ProblemResponses problems;

    ApiErrors(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail ruleViolated(BusinessRuleViolation violation, Locale locale) {
        if (NOT_FOUND_RULES.contains(violation.rule())) {
            // Answered like a missing record: one organization must not learn what another has.
            return problems.problem(HttpStatus.NOT_FOUND, "not-found", locale);
        }
        HttpStatus status = violation.conflictsWithCurrentState() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail problem = problems.problem(status, kebab(violation.rule()), locale);
        problem.setProperty("rule", violation.rule());
        if (problem.getDetail() == null || Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            problem.setDetail(violation.getMessage());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(AggregateNotFoundException e, Locale locale) {
        return problems.problem(HttpStatus.NOT_FOUND, "not-found", locale);
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFound e, Locale locale) {
        return problems.problem(HttpStatus.NOT_FOUND, "not-found", locale);
    }

    /** Something created under an id that is taken, e.g. a service code the organization already uses. */
    @ExceptionHandler
    ProblemDetail alreadyExists(org.axonframework.modelling.command.AggregateStreamCreationException e, Locale locale) {
        return problems.problem(HttpStatus.CONFLICT, "already-exists", locale);
    }

    @ExceptionHandler
    ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException e, Locale locale) {
        return problems.problem(HttpStatus.FORBIDDEN, "forbidden", locale);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> storedNotYetVisible(StoredNotYetVisible e) {
        return ResponseEntity.accepted().body(Map.of("id", e.id(), "status", "stored"));
    }

    @ExceptionHandler
    ProblemDetail conflict(Conflict e, Locale locale) {
        return problems.problem(e.status(), e.code(), locale);
    }

    @ExceptionHandler
    ProblemDetail concurrentChange(ConcurrencyException e, Locale locale) {
        return problems.problem(HttpStatus.CONFLICT, "concurrent-change", locale);
    }

    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e, Locale locale) {
        log.error("Request failed unexpectedly: {}", e.getClass().getName(), e);
        return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", locale);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", LocaleContextHolder.getLocale());
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", LocaleContextHolder.getLocale());
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of(
                        "field", String.valueOf(r.getMethodParameter().getParameterName()),
                        "message", String.valueOf(err.getDefaultMessage()))))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(problems.problem(HttpStatus.BAD_REQUEST, "unreadable-request", LocaleContextHolder.getLocale()));
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
