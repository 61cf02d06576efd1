package vn.vusta.thidua.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per username (as typed, existing or not) and per remote address in a sliding window, and
 * locks either when it holds too many. Every failure is one INSERT, so parallel failures are all counted and
 * never conflict; a lock is taken by one conditional UPDATE (or INSERT), so exactly one caller learns it locked.
 * A lock, a successful login, an unlock and a password reset restart the count.
 */
@Component
class LoginThrottle {
    enum Kind { USERNAME, ADDRESS }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int usernameLimit;
    private final int addressLimit;
    private final Duration window;

    LoginThrottle(JdbcTemplate jdbc, Clock clock,
                  @Value("${thidua.login.max-failures:5}") int usernameLimit,
                  @Value("${thidua.login.max-failures-per-address:30}") int addressLimit,
                  @Value("${thidua.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.usernameLimit = usernameLimit;
        this.addressLimit = addressLimit;
        this.window = window;
    }

    static String username(String typed) {
        String s = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    static String address(String address) {
        String s = address == null || address.isBlank() ? "unknown" : address.trim();
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    int usernameLimit() { return usernameLimit; }

    Duration window() { return window; }

    /** Whether a login for this username or from this address is refused now, before any password is checked. */
    @Transactional(readOnly = true)
    boolean refuses(String username, String address) {
        var now = at(Instant.now(clock));
        return jdbc.queryForObject("""
                select count(*) from login_guard where locked_until > ?
                  and ((kind = 'USERNAME' and subject = ?) or (kind = 'ADDRESS' and subject = ?))""",
                Long.class, now, username, address) > 0;
    }

    /** A refused attempt: counted against the address only (so a lock cannot be prolonged by knocking on it). */
    @Transactional
    void refused(String username, String address) {
        jdbc.update("insert into login_failure (username, address, refused, occurred_at) values (?, ?, true, ?)",
                username, address, at(Instant.now(clock)));
    }

    /** A wrong password (or unknown username): recorded, then each side locked when it reached its limit. */
    @Transactional
    Locks failed(String username, String address) {
        var now = Instant.now(clock);
        jdbc.update("insert into login_failure (username, address, refused, occurred_at) values (?, ?, false, ?)",
                username, address, at(now));
        boolean usernameLocked = count(Kind.USERNAME, username, now) >= usernameLimit && lock(Kind.USERNAME, username, now);
        boolean addressLocked = count(Kind.ADDRESS, address, now) >= addressLimit && lock(Kind.ADDRESS, address, now);
        if (usernameLocked || addressLocked) {
            jdbc.update("delete from login_failure where occurred_at < ?", at(now.minus(window.multipliedBy(96))));
        }
        return new Locks(usernameLocked, addressLocked);
    }

    record Locks(boolean username, boolean address) {}

    /** Clears a username's lock and restarts its count (successful login, unlock, password reset). */
    @Transactional
    void reset(String username) {
        var now = at(Instant.now(clock));
        int n = jdbc.update("update login_guard set counted_from = ?, locked_until = null where kind = 'USERNAME' and subject = ?",
                now, username);
        if (n == 0) {
            jdbc.update("insert into login_guard (kind, subject, counted_from, locked_until) values ('USERNAME', ?, ?, null) on conflict do nothing",
                    username, now);
        }
    }

    /** Clears an address's lock (by an administrator). */
    @Transactional
    void resetAddress(String address) {
        jdbc.update("update login_guard set counted_from = ?, locked_until = null where kind = 'ADDRESS' and subject = ?",
                at(Instant.now(clock)), address);
    }

    record Lock(Kind kind, String subject, OffsetDateTime lockedUntil) {}

    /** Locks in force now, usernames first: one query. */
    @Transactional(readOnly = true)
    List<Lock> locksInForce() {
        return jdbc.query("select kind, subject, locked_until from login_guard where locked_until > ? order by kind desc, subject",
                (rs, i) -> new Lock(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getObject(3, OffsetDateTime.class)),
                at(Instant.now(clock)));
    }

    private long count(Kind kind, String subject, Instant now) {
        var from = jdbc.query("select counted_from from login_guard where kind = ? and subject = ?",
                (rs, i) -> rs.getObject(1, OffsetDateTime.class).toInstant(), kind.name(), subject).stream().findFirst();
        var since = now.minus(window);
        if (from.isPresent() && from.get().isAfter(since)) since = from.get();
        String column = kind == Kind.USERNAME ? "username" : "address";
        return jdbc.queryForObject("select count(*) from login_failure where " + column + " = ? and refused = false and occurred_at > ?",
                Long.class, subject, at(since));
    }

    /** True for the one caller that put the lock in place (none if it is in force already). */
    private boolean lock(Kind kind, String subject, Instant now) {
        var until = at(now.plus(window));
        int n = jdbc.update("""
                update login_guard set counted_from = ?, locked_until = ?
                 where kind = ? and subject = ? and (locked_until is null or locked_until <= ?)""",
                at(now), until, kind.name(), subject, at(now));
        if (n == 0) {
            n = jdbc.update("insert into login_guard (kind, subject, counted_from, locked_until) values (?, ?, ?, ?) on conflict do nothing",
                    kind.name(), subject, at(now), until);
        }
        return n > 0;
    }

    private static OffsetDateTime at(Instant instant) { return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC); }
}
