package jp.yui.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import jp.yui.domain.shared.BusinessRule;

/**
 * Every refusal reaches its reader in words: each business rule of every domain package (and each refusal of the use
 * cases that is not a rule) has a title in English and a title and a detail in Japanese, the API's and the pages'
 * default. The rules answered as "not found" ({@link Refusals#NOT_FOUND_RULES}) use the not-found texts instead.
 */
class ProblemTextsTest {

    /** Refusals of the use cases that are not rules of an aggregate. */
    private static final List<String> USE_CASE_REFUSALS = List.of("producer-number-taken", "product-code-taken",
            "unknown-producer", "unknown-product", "unknown-receipt", "unknown-resident", "member-number-taken",
            "not-found");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = ProblemTextsTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The rules' codes (kebab case of the class name, as {@link Refusals} makes them) by domain package. */
    private static Map<String, List<String>> rulesByPackage() {
        return new ClassFileImporter().importPackages("jp.yui.domain").stream()
                .filter(c -> c.isAssignableTo(BusinessRule.class) && !c.isInterface() && !c.getModifiers()
                        .contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
                .filter(c -> !Refusals.NOT_FOUND_RULES.contains(c.getSimpleName()))
                .collect(Collectors.groupingBy(c -> c.getPackageName().replaceAll("^jp\\.yui\\.domain\\.([a-z]+).*", "$1"),
                        Collectors.mapping(ProblemTextsTest::code, Collectors.toList())));
    }

    private static String code(JavaClass rule) {
        return rule.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @Test
    void everyRefusalHasItsTitleInEnglishAndTitleAndDetailInJapanese() throws IOException {
        Map<String, List<String>> rules = rulesByPackage();
        assertThat(rules.get("transport")).as("the transport rules").hasSizeGreaterThan(20)
                .contains("run-has-seats-left");
        assertThat(rules.get("market")).as("the market's rules").hasSizeGreaterThan(30)
                .contains("tax-rate-is-eight-or-ten");
        assertThat(rules.get("attendance")).as("the attendance rules").hasSizeGreaterThan(20)
                .contains("session-is-open", "companions-are-not-negative");
        assertThat(rules.get("residents")).as("the residents' rules").contains("resident-is-not-erased");
        Properties english = load("messages.properties");
        Properties japanese = load("messages_ja.properties");
        List<String> codes = Stream.concat(rules.values().stream().flatMap(List::stream), USE_CASE_REFUSALS.stream())
                .toList();
        for (String code : codes) {
            assertThat(english.getProperty("problem." + code + ".title")).as("English title of " + code).isNotBlank();
            assertThat(japanese.getProperty("problem." + code + ".title")).as("Japanese title of " + code)
                    .isNotBlank();
            assertThat(japanese.getProperty("problem." + code + ".detail")).as("Japanese detail of " + code)
                    .isNotBlank();
        }
    }
}
