package vn.vusta.thidua.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "account")
class Account {
    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    @Enumerated(EnumType.STRING) private Role role;
    private Long unitId;
    private boolean enabled = true;
    private int failedAttempts;
    private Instant lockedUntil;
    private boolean demo;
    @Version private long version;

    protected Account() {}

    Account(String username, String displayName, String email, String passwordHash, Role role, Long unitId, boolean demo) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.demo = demo;
        update(displayName, email, role, unitId, true);
    }

    void update(String displayName, String email, Role role, Long unitId, boolean enabled) {
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.unitId = role == Role.UNIT_OFFICER ? unitId : null;
        this.enabled = enabled;
    }

    void changePassword(String hash) { this.passwordHash = hash; }

    void loginFailed(Instant now) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) lockedUntil = now.plus(LOCK_DURATION);
    }

    void loginSucceeded() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void unlock() { loginSucceeded(); }

    boolean isLocked(Instant now) { return lockedUntil != null && lockedUntil.isAfter(now); }

    Map<String, Object> snapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("username", username);
        m.put("displayName", displayName);
        m.put("email", email);
        m.put("role", role);
        m.put("unitId", unitId);
        m.put("enabled", enabled);
        return m;
    }

    Actor toActor() { return new Actor(username, displayName, role, unitId); }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public Long getUnitId() { return unitId; }
    public boolean isEnabled() { return enabled; }
    public int getFailedAttempts() { return failedAttempts; }
    public Instant getLockedUntil() { return lockedUntil; }
    public boolean isDemo() { return demo; }
    public long getVersion() { return version; }
}
