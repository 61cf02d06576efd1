package vn.vusta.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every action the application writes to the audit trail has a label in Vietnamese and in English, so the audit page
 * never shows a raw key such as ACCOUNT_MOVED. The actions are read from the sources (their string literals).
 */
class AuditActionLabelsTests {
    private static final Pattern ACTION = Pattern.compile("\"((?:UNIT|UNITS|UNION|CLUSTER|ACCOUNT|LOGIN|AUDIT|SHEET|CRITERION|SCORE|CAMPAIGN|REGISTRATION|COVENANT|BALLOT|MEETING)_[A-Z_]+)\"");

    @Test
    void everyRecordedActionHasAVietnameseAndAnEnglishLabel() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = ACTION.matcher(Files.readString(file));
                while (matcher.find()) actions.add(matcher.group(1));
            }
        }
        assertThat(actions).contains("ACCOUNT_MOVED", "CLUSTER_HISTORY_CORRECTED", "LOGIN_FAILED", "BALLOT_CLOSED", "BALLOT_PARTICIPATION");
        for (var bundle : new String[] {"messages_vi.properties", "messages_en.properties"}) {
            var labels = load(bundle);
            assertThat(actions).as(bundle).allSatisfy(a -> assertThat(labels.getProperty("audit.action." + a))
                    .as(bundle + ": audit.action." + a).isNotBlank());
        }
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
