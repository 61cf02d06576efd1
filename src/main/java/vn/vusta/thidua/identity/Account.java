package vn.vusta.thidua.identity;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A person's way into the system: one or more roles, and at most one unit it acts for (only a unit officer acts for
 * a unit, and a unit officer must). Failed logins and locks are kept apart ({@link LoginThrottle}), so a mistyped password never
 * bumps the version an administrator is editing.
 */
@Entity
@Table(name = "account")
class Account {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    @Fetch(FetchMode.SUBSELECT)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Long unitId;
    private boolean enabled = true;
    private boolean demo;
    @Version private long version;

    protected Account() {}

    Account(String username, String displayName, String email, String passwordHash, Set<Role> roles, Long unitId, boolean demo) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.demo = demo;
        update(displayName, email, roles, unitId, true);
    }

    void update(String displayName, String email, Set<Role> roles, Long unitId, boolean enabled) {
        this.displayName = displayName;
        this.email = email;
        this.roles.clear();
        this.roles.addAll(roles);
        this.unitId = roles.contains(Role.UNIT_OFFICER) ? unitId : null;
        this.enabled = enabled;
    }

    /** Binds the account to another unit (the successor of a merged unit); roles stay as they are. */
    void moveTo(long unit) {
        if (!roles.contains(Role.UNIT_OFFICER)) throw new IllegalStateException("only a unit officer acts for a unit");
        this.unitId = unit;
    }

    void disable() { this.enabled = false; }

    void enable() { this.enabled = true; }

    void changePassword(String hash) { this.passwordHash = hash; }

    boolean has(Role role) { return roles.contains(role); }

    Map<String, Object> snapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("username", username);
        m.put("displayName", displayName);
        m.put("email", email);
        m.put("roles", new TreeSet<>(roles).stream().map(Role::name).toList());
        m.put("unitId", unitId);
        m.put("enabled", enabled);
        return m;
    }

    Actor toActor() { return new Actor(username, displayName, Set.copyOf(roles), unitId); }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    /** The roles in the order of {@link Role}, for display. */
    public Set<Role> getRoles() { return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public Long getUnitId() { return unitId; }
    public boolean isEnabled() { return enabled; }
    public boolean isDemo() { return demo; }
    public long getVersion() { return version; }
}
