package vn.vusta.thidua.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/** axe-core (vendored in src/test/resources/axe, MPL-2.0) run on a page opened with the CSP bypassed. */
public final class Axe {
    private static final String SCRIPT = load();

    private Axe() {}

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code url} and lists its serious and critical violations, one line each (an HTTP error is one too). */
    public static List<String> seriousViolations(Page page, String url) {
        var response = page.navigate(url);
        if (response.status() >= 400) return List.of(url + " → HTTP " + response.status());
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(SCRIPT));
        @SuppressWarnings("unchecked")
        var found = (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .flatMap(v => v.nodes.map(n => v.impact + ' ' + v.id + ': ' + n.target.join(' ') + ' – ' + (n.failureSummary || '').replace(/\\s+/g, ' ')));
                }""");
        return found.stream().map(f -> url + " → " + f).toList();
    }
}
