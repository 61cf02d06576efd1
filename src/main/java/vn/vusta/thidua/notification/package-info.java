/**
 * Notifications: in-app notices to an account (shown in the header and on {@code /notifications}) and the same text
 * by e-mail when an SMTP server is configured ({@code spring.mail.*}). A notice with a key is delivered at most once
 * per recipient and key, even with several application nodes on one database: the row is inserted first and a
 * conflict means another run has it. Other modules call {@link vn.vusta.thidua.notification.Notifier}.
 */
package vn.vusta.thidua.notification;
