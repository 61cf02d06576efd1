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
 * Every field a recorded entry can carry has a label in Vietnamese and English, so the audit page reads "cụm trưởng"
 * and not "headUnitId". The fields are read from the sources that write audit entries or audited snapshots.
 */
class AuditFieldLabelsTests {
    private static final Pattern WRITES_AUDIT = Pattern.compile("\\b(audit|trail)\\.record\\(|Map<String, Object> snapshot\\(");
    private static final Pattern FIELD = Pattern.compile("(?:(?<!vars)\\.put|Map\\.of)\\(\"([a-zA-Z]+)\""); // vars: a template's model, not an entry

    @Test
    void everyAuditedFieldHasAVietnameseAndAnEnglishLabel() throws IOException {
        Set<String> fields = new TreeSet<>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var source = Files.readString(file);
                if (!WRITES_AUDIT.matcher(source).find()) continue;
                var matcher = FIELD.matcher(source);
                while (matcher.find()) fields.add(matcher.group(1));
            }
        }
        assertThat(fields).contains("headUnitId", "roles", "members", "status");
        for (var bundle : new String[] {"messages_vi.properties", "messages_en.properties"}) {
            var labels = load(bundle);
            assertThat(fields).as(bundle).allSatisfy(f -> assertThat(labels.getProperty("field." + f)).as(bundle + ": field." + f).isNotBlank());
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
