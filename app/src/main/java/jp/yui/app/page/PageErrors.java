package jp.yui.app.page;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

import jp.yui.app.security.YuiUser;
import jp.yui.app.web.Refusals;

/**
 * A refusal on a page is shown in the user's language with the same words the API uses: inside the page for an htmx
 * request (the fragment {@code fragments/problem :: problem}, swapped where the form says), as a page of its own
 * otherwise. A page that knows which field a refusal is about catches it and shows it there instead. Faults are
 * logged by exception class only (a message may quote personal data).
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final Refusals refusals;
    private final PageModel layout;

    PageErrors(Refusals refusals, PageModel layout) {
        this.refusals = refusals;
        this.layout = layout;
    }

    @ExceptionHandler
    ModelAndView refused(RuntimeException e, HttpServletRequest request, Locale locale,
                         @AuthenticationPrincipal YuiUser user) {
        ProblemDetail problem = refusals.of(e, locale);
        if (problem == null) {
            log.error("Page request failed unexpectedly: {}", e.getClass().getName(), e);
            problem = refusals.internal(locale);
        }
        boolean htmx = request.getHeader("HX-Request") != null;
        ModelAndView view = new ModelAndView(htmx ? "fragments/problem :: problem" : "problem");
        view.addObject("problem", problem);
        // An exception handler's model has none of the advice's attributes: the layout's are added here, else a
        // path variable (the organization's id) would stand for the organization.
        view.addObject("user", layout.user(user));
        view.addObject("org", layout.organization(request, user));
        view.addObject("nav", layout.nav(request, user));
        view.addObject("path", layout.path(request));
        view.addObject("langLinks", layout.langLinks(request));
        view.setStatus(HttpStatus.valueOf(problem.getStatus()));
        return view;
    }
}
