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
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ProblemResponses problems;
    private final Refusals refusals;

    ApiErrors(ProblemResponses problems, Refusals refusals) {
        this.problems = problems;
        this.refusals = refusals;
    }

    @ExceptionHandler({BusinessRuleViolation.class, AggregateNotFoundException.class, NotFound.class,
            org.axonframework.modelling.command.AggregateStreamCreationException.class,
            org.springframework.security.access.AccessDeniedException.class, Conflict.class,
            ConcurrencyException.class})
    ProblemDetail refused(RuntimeException e, Locale locale) {
        return refusals.of(e, locale);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> storedNotYetVisible(StoredNotYetVisible e) {
        return ResponseEntity.accepted().body(Map.of("id", e.id(), "status", "stored"));
    }

    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e, Locale locale) {
        log.error("Request failed unexpectedly: {}", e.getClass().getName(), e);
        return refusals.internal(locale);
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
}
