package vn.vusta.thidua.organization;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vusta.thidua.common.VietnameseText;
import vn.vusta.thidua.common.ReferenceChanges;

@Entity
@Table(name = "unit")
@EntityListeners({UnitChanges.class, ReferenceChanges.class})
class Unit {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private String code;
    private String name;
    private String shortName;
    @Enumerated(EnumType.STRING) private UnitType type;
    private String province;
    private String formerNames;
    @Enumerated(EnumType.STRING) private UnitStatus status;
    private LocalDate validFrom;
    private LocalDate validTo;
    private LocalDate unionMergedOn;
    private String address;
    private String phone;
    private String email;
    private String website;
    private String contactPerson;
    private String searchText;
    private String sortKey;
    @Version private long version;

    protected Unit() {}


    Unit(String code, UnitType type) {
        this.code = code;
        this.type = type;
        this.status = UnitStatus.ACTIVE;
    }

    void describe(String name, String shortName, UnitType type, String province, UnitStatus status,
                  LocalDate validFrom, LocalDate validTo) {
        this.name = name;
        this.shortName = shortName;
        this.type = type;
        this.province = province;
        this.status = status;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** The stored search text and sort key follow the names on every write (see V8 and {@link UnitKeys}). */
    @PrePersist
    @PreUpdate
    void refreshKeys() {
        this.searchText = searchText(name, shortName, code, province);
        this.sortKey = sortKey(province, shortName);
    }

    static String searchText(String name, String shortName, String code, String province) {
        return VietnameseText.fold(String.join(" ", name == null ? "" : name, shortName == null ? "" : shortName,
                code == null ? "" : code, province == null ? "" : province));
    }

    static String sortKey(String province, String shortName) {
        return VietnameseText.sortKey(province != null ? province : shortName);
    }

    void changeContact(Contact contact) {
        this.address = contact.address();
        this.phone = contact.phone();
        this.email = contact.email();
        this.website = contact.website();
        this.contactPerson = contact.contactPerson();
    }

    /** The unit ends the day before it merges into its successor; its history stays on it. */
    void mergeInto(LocalDate effectiveDate) {
        this.status = UnitStatus.MERGED;
        this.validTo = effectiveDate.minusDays(1);
    }

    /** The union's own merger decision takes effect on {@code date}: it acts until the day before. */
    void unionMergesOn(LocalDate date) { this.unionMergedOn = date; }

    UnitSummary summary() {
        return new UnitSummary(id, code, name, shortName, type, province, status, validFrom, validTo, unionMergedOn);
    }

    Contact contact() { return new Contact(address, phone, email, website, contactPerson); }

    Map<String, Object> snapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("code", code);
        m.put("name", name);
        m.put("shortName", shortName);
        m.put("type", type);
        m.put("province", province);
        m.put("status", status);
        m.put("validFrom", validFrom == null ? null : validFrom.toString());
        m.put("validTo", validTo == null ? null : validTo.toString());
        m.put("unionMergedOn", unionMergedOn == null ? null : unionMergedOn.toString());
        m.put("address", address);
        m.put("phone", phone);
        m.put("email", email);
        m.put("website", website);
        m.put("contactPerson", contactPerson);
        return m;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public UnitType getType() { return type; }
    public String getProvince() { return province; }
    public String getFormerNames() { return formerNames; }
    public UnitStatus getStatus() { return status; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public long getVersion() { return version; }
}
