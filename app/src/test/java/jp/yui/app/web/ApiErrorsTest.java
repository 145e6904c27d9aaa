package jp.yui.app.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

/** How refusals and lagging views are answered, without starting the service. */
class ApiErrorsTest {

    @RestController
    static class Stub {
        @GetMapping("/lagging")
        String lagging() {
            throw new StoredNotYetVisible("Run:1");
        }

        @GetMapping("/taken")
        String taken() {
            throw new Conflict("member-number-taken");
        }

        @GetMapping("/unknown-outbound")
        String unknownOutbound() {
            throw new Conflict(org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY, "return-of-unknown-booking");
        }
    }

    private final MockMvc mvc;

    ApiErrorsTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(java.util.Locale.JAPANESE);
        ProblemResponses problems = new ProblemResponses(messages, locales, new ObjectMapper());
        mvc = MockMvcBuilders.standaloneSetup(new Stub()).setControllerAdvice(new ApiErrors(problems))
                .setLocaleResolver(locales).build();
    }

    @Test
    void aCommandStoredBeforeItsViewCaughtUpIsAcceptedWithItsId() throws Exception {
        mvc.perform(get("/lagging"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value("Run:1"))
                .andExpect(jsonPath("$.status").value("stored"));
    }

    @Test
    void conflictsCarryTheirStatusAndJapaneseTitle() throws Exception {
        mvc.perform(get("/taken"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("会員番号は使用済みです"));
        mvc.perform(get("/unknown-outbound"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("往路の予約が見つかりません"));
    }
}
