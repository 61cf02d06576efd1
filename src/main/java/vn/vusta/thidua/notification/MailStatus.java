package vn.vusta.thidua.notification;

/** What became of a notice's e-mail copy: sent, skipped (no SMTP server configured), or failed (logged). */
enum MailStatus { SENT, SKIPPED, FAILED }
