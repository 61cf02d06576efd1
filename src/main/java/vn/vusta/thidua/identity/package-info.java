/**
 * Accounts, roles and the unit an account acts for; login (form and HTTP Basic), lockout, and the scope checks
 * other modules ask through {@link vn.vusta.thidua.identity.ActorContext}. Unit names come from the
 * organisation module through the {@link vn.vusta.thidua.identity.UnitDirectory} it implements.
 */
package vn.vusta.thidua.identity;
