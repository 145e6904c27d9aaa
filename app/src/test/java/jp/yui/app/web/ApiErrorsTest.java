package jp.yui.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jp.yui.domain.shared.BelongsToOrganization;
import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.shared.BusinessRuleViolation;

/** How refusals and lagging views are answered (status, problem type, titles in Japanese and English), without starting the service. */
class ApiErrorsTest {

    private static final Locale JA = Locale.JAPANESE;
    private static final Locale EN = Locale.ENGLISH;

    /** Rules named like the domain's (their simple class name is the rule's name); the real ones are package-private. */
    record RunHasSeatsLeft() implements BusinessRule {
        @Override
        public boolean holds() {
            return false;
        }

        @Override
        public String explanation() {
            return "The run has 0 seats left, 1 requested";
        }

        @Override
        public boolean dependsOnCurrentState() {
            return true;
        }
    }

    record RunNeedsSeats() implements BusinessRule {
        @Override
        public boolean holds() {
            return false;
        }

        @Override
        public String explanation() {
            return "A run needs 1-99 seats and 0-9 wheelchair spaces";
        }
    }

    record BookingIsOnRun() implements BusinessRule {
        @Override
        public boolean holds() {
            return false;
        }

        @Override
        public String explanation() {
            return "The run has no such booking";
        }
    }

    /** A rule the message files do not know yet. */
    record SomeNewRule() implements BusinessRule {
        @Override
        public boolean holds() {
            return false;
        }

        @Override
        public String explanation() {
            return "Something is not right";
        }
    }

    record Seats(@Min(1) int seats) {
    }

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
            throw new Conflict(HttpStatus.UNPROCESSABLE_ENTITY, "return-of-unknown-booking");
        }

        @PostMapping("/seats")
        String seats(@Valid @RequestBody Seats body) {
            return "ok";
        }

        @GetMapping("/wheelchairs")
        String wheelchairs(@RequestParam @Max(9) int spaces, @RequestParam @NotBlank String note) {
            return "ok";
        }
    }

    private final ProblemResponses problems;
    private final ApiErrors errors;
    private final MockMvc mvc;

    ApiErrorsTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(JA);
        problems = new ProblemResponses(messages, locales, new ObjectMapper());
        errors = new ApiErrors(problems, new Refusals(problems));
        // A Bean Validation validator turns on Spring MVC's own checks of constrained handler parameters.
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        mvc = MockMvcBuilders.standaloneSetup(new Stub()).setControllerAdvice(errors).setValidator(validator)
                .setLocaleResolver(locales).build();
    }

    private static BusinessRuleViolation violationOf(BusinessRule rule) {
        return catchThrowableOfType(BusinessRuleViolation.class, rule::verify);
    }

    private static void assertProblem(ProblemDetail problem, HttpStatus status, String code, String title) {
        assertThat(problem.getStatus()).isEqualTo(status.value());
        assertThat(problem.getType()).isEqualTo(URI.create("urn:yui:problem:" + code));
        assertThat(problem.getTitle()).isEqualTo(title);
    }

    @Test
    void aRuleTheCurrentStateBreaksIs409WithTheRuleNameAndAJapaneseTitleAndDetail() {
        ProblemDetail problem = errors.refused(violationOf(new RunHasSeatsLeft()), JA);

        assertProblem(problem, HttpStatus.CONFLICT, "run-has-seats-left", "満席です");
        assertThat(problem.getProperties()).containsEntry("rule", "RunHasSeatsLeft");
        assertThat(problem.getDetail()).isEqualTo("この便には空席が足りません。別の便をご案内ください。");
    }

    @Test
    void inEnglishARefusalHasTheEnglishTitleAndTheRulesOwnExplanation() {
        ProblemDetail problem = errors.refused(violationOf(new RunHasSeatsLeft()), EN);

        assertProblem(problem, HttpStatus.CONFLICT, "run-has-seats-left", "Run is full");
        assertThat(problem.getProperties()).containsEntry("rule", "RunHasSeatsLeft");
        assertThat(problem.getDetail()).isEqualTo("The run has 0 seats left, 1 requested");
    }

    @Test
    void aRequestThatIsWrongInItselfIs422() {
        ProblemDetail ja = errors.refused(violationOf(new RunNeedsSeats()), JA);
        ProblemDetail en = errors.refused(violationOf(new RunNeedsSeats()), EN);

        assertProblem(ja, HttpStatus.UNPROCESSABLE_ENTITY, "run-needs-seats", "座席数が正しくありません");
        assertThat(ja.getProperties()).containsEntry("rule", "RunNeedsSeats");
        assertThat(ja.getDetail()).isEqualTo("便の座席数は1〜99で指定してください。");
        assertProblem(en, HttpStatus.UNPROCESSABLE_ENTITY, "run-needs-seats", "Invalid number of seats");
    }

    @Test
    void aRuleWithoutMessagesFallsBackToTheStatusAndTheRulesExplanation() {
        ProblemDetail problem = errors.refused(violationOf(new SomeNewRule()), JA);

        assertProblem(problem, HttpStatus.UNPROCESSABLE_ENTITY, "some-new-rule", "Unprocessable Entity");
        assertThat(problem.getProperties()).containsEntry("rule", "SomeNewRule");
        assertThat(problem.getDetail()).isEqualTo("Something is not right");
    }

    @Test
    void anotherOrganizationsRecordIsAnsweredLikeAMissingOneWithoutTheRule() {
        for (BusinessRule rule : List.of(new BelongsToOrganization("run", "other", "own"), new BookingIsOnRun())) {
            ProblemDetail problem = errors.refused(violationOf(rule), JA);

            assertProblem(problem, HttpStatus.NOT_FOUND, "not-found", "見つかりません");
            assertThat(problem.getDetail()).isEqualTo("この団体には該当する記録がありません。");
            assertThat(problem.getProperties()).as("no rule name").isNull();
        }
    }

    @Test
    void missingRecordsAre404() {
        assertProblem(errors.refused(new AggregateNotFoundException("Run:1", "no run"), JA), HttpStatus.NOT_FOUND,
                "not-found", "見つかりません");
        assertProblem(errors.refused(new NotFound(), EN), HttpStatus.NOT_FOUND, "not-found", "Not found");
    }

    @Test
    void aTakenIdIs409AlreadyExists() {
        ProblemDetail problem = errors.refused(new AggregateStreamCreationException("taken"), JA);

        assertProblem(problem, HttpStatus.CONFLICT, "already-exists", "登録済みです");
        assertThat(problem.getDetail()).isEqualTo("同じコードのものがすでに登録されています。");
    }

    @Test
    void otherRefusalsHaveTheirOwnStatusAndTitle() {
        assertProblem(errors.refused(new AccessDeniedException("no"), JA), HttpStatus.FORBIDDEN, "forbidden",
                "権限がありません");
        assertProblem(errors.refused(new ConcurrencyException("conflict"), JA), HttpStatus.CONFLICT,
                "concurrent-change", "同時に変更されました");
        assertProblem(errors.unexpected(new IllegalStateException("boom"), EN), HttpStatus.INTERNAL_SERVER_ERROR,
                "internal", "Internal error");
        assertProblem(errors.refused(new Conflict("member-number-taken"), EN), HttpStatus.CONFLICT,
                "member-number-taken", "Member number taken");
        assertProblem(errors.refused(new Conflict(HttpStatus.UNPROCESSABLE_ENTITY, "return-of-unknown-booking"), JA),
                HttpStatus.UNPROCESSABLE_ENTITY, "return-of-unknown-booking", "往路の予約が見つかりません");
    }

    @Test
    void aConflictIs409UnlessGivenAnotherStatus() {
        Conflict taken = new Conflict("username-taken");
        assertThat(taken.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(taken.code()).isEqualTo("username-taken");
        assertThat(new Conflict(HttpStatus.UNPROCESSABLE_ENTITY, "x").status())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void aCommandStoredBeforeItsViewCaughtUpIsAcceptedWithItsId() throws Exception {
        ResponseEntity<Map<String, String>> accepted = errors.storedNotYetVisible(new StoredNotYetVisible("Run:1"));
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(accepted.getBody()).isEqualTo(Map.of("id", "Run:1", "status", "stored"));

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

    @Test
    void anInvalidBodyIs400WithTheFieldsButNotTheirValues() throws Exception {
        mvc.perform(post("/seats").contentType(MediaType.APPLICATION_JSON).content("{\"seats\":0}")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:yui:problem:invalid-request"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].field").value("seats"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void invalidParametersAre400WithEachParameterNamed() throws Exception {
        mvc.perform(get("/wheelchairs").param("spaces", "10").param("note", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:yui:problem:invalid-request"))
                .andExpect(jsonPath("$.title").value("入力内容に誤りがあります"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("spaces", "note")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void anUnreadableBodyIs400WithoutEchoingIt() throws Exception {
        mvc.perform(post("/seats").contentType(MediaType.APPLICATION_JSON).content("{\"seats\":\"山田 太郎 090-\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:yui:problem:unreadable-request"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("山田"))));
    }

    @Test
    void aFilterWritesTheProblemInTheCallersLanguageWithTheRequestedPath() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/orgs/own/runs");
        request.addHeader("Accept-Language", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();

        problems.write(request, response, HttpStatus.UNAUTHORIZED, "login-required");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .as("charset declared, for the Japanese titles").containsIgnoringCase("charset=UTF-8");
        Map<String, Object> body = new ObjectMapper().readValue(response.getContentAsByteArray(),
                new com.fasterxml.jackson.core.type.TypeReference<>() {
                });
        assertThat(body).containsEntry("title", "Login required")
                .containsEntry("type", "urn:yui:problem:login-required")
                .containsEntry("instance", "/api/orgs/own/runs")
                .containsEntry("status", 401);

        MockHttpServletResponse japanese = new MockHttpServletResponse();
        problems.write(new MockHttpServletRequest("GET", "/x"), japanese, HttpStatus.FORBIDDEN, "forbidden");
        assertThat(japanese.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("権限がありません");
    }
}
