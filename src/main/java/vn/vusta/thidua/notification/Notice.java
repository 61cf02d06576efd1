package vn.vusta.thidua.notification;

import java.util.List;

/**
 * What to tell one account: a kind (its text is {@code notification.<kind>} in the bundles, with the parameters; a
 * parameter starting with {@code #} is itself a message key), a link inside the application, and an optional key that
 * makes the notice once-only per recipient (e.g. "campaign 7, registration due 31/03/2026, 7 days before").
 * {@code email} is where the e-mail copy goes (none: in-app only).
 */
public record Notice(String recipient, String email, String kind, List<String> params, String link, String onceKey) {
    public Notice {
        params = params == null ? List.of() : List.copyOf(params);
    }
}
