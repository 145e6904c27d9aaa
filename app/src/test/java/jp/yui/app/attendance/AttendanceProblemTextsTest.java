package jp.yui.app.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import jp.yui.domain.shared.BusinessRule;

/**
 * Every refusal of events and attendance reaches its reader in words: each market rule (and each refusal of the market's use
 * cases) has a title in English and a title and a detail in Japanese, the API's and the door page's default.
 */
class AttendanceProblemTextsTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = AttendanceProblemTextsTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> codes() {
        List<String> rules = new ClassFileImporter().importPackages("jp.yui.domain.attendance.command").stream()
                .filter(c -> c.isAssignableTo(BusinessRule.class) && !c.isInterface())
                .map(JavaClass::getSimpleName)
                .map(name -> name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT))
                .toList();
        assertThat(rules).as("the attendance rules").hasSizeGreaterThan(20).contains("session-is-open", "companions-are-not-negative");
        return java.util.stream.Stream.concat(rules.stream(), java.util.stream.Stream.of("unknown-resident")).toList();
    }

    @Test
    void everyAttendanceRefusalHasItsTitleInEnglishAndTitleAndDetailInJapanese() throws IOException {
        Properties english = load("messages.properties");
        Properties japanese = load("messages_ja.properties");
        for (String code : codes()) {
            assertThat(english.getProperty("problem." + code + ".title")).as("English title of " + code).isNotBlank();
            assertThat(japanese.getProperty("problem." + code + ".title")).as("Japanese title of " + code)
                    .isNotBlank();
            assertThat(japanese.getProperty("problem." + code + ".detail")).as("Japanese detail of " + code)
                    .isNotBlank();
        }
    }
}
