package jp.yui.app.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * RFC 9457 problem details in the caller's language (Japanese unless the request prefers English).
 * Titles and details come from {@code messages*.properties} and never contain personal data.
 */
@Component
public class ProblemResponses {

    private static final String TYPE_PREFIX = "urn:yui:problem:";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    ProblemResponses(MessageSource messages, LocaleResolver locales, ObjectMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** A problem whose title and detail are the messages {@code problem.<code>.title} and {@code .detail}. */
    public ProblemDetail problem(HttpStatus status, String code, Locale locale, Object... detailArguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(messages.getMessage("problem." + code + ".title", null, status.getReasonPhrase(), locale));
        String detail = messages.getMessage("problem." + code + ".detail", detailArguments, null, locale);
        if (detail != null) {
            problem.setDetail(detail);
        }
        return problem;
    }

    /** Writes a problem straight to a response, for filters that run before Spring MVC (security). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        ProblemDetail problem = problem(status, code, locales.resolveLocale(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
