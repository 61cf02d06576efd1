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
    private Long ownerUnitId;
    private boolean demo;
    @Version private long version;

    protected Unit() {}


    Unit(String code, UnitType type) {
        this.code = code;
        this.type = type;
        this.status = UnitStatus.ACTIVE;
    }

    /** A member association of the union {@code ownerUnitId} (hội thành viên), acting from {@code validFrom}. */
    static Unit association(String code, long ownerUnitId, String province, boolean demo) {
        var unit = new Unit(code, UnitType.MEMBER_ASSOCIATION);
        unit.ownerUnitId = ownerUnitId;
        unit.province = province;
        unit.demo = demo;
        return unit;
    }

    /** What the union's officer may change of its association: names and start date (never its type or owner). */
    void describeAssociation(String name, String shortName, LocalDate validFrom) {
        if (validTo != null && validFrom != null && validTo.isBefore(validFrom)) throw new vn.vusta.thidua.common.BusinessRuleException("unit.dates.order");
        this.name = name;
        this.shortName = shortName;
        this.validFrom = validFrom;
    }

    /** The association ended (dissolved) on {@code lastDay}; it stays in the register with its history. */
    void end(LocalDate lastDay) {
        if (status != UnitStatus.ACTIVE) throw new vn.vusta.thidua.common.BusinessRuleException("association.end.notActive", shortName);
        if (validFrom != null && lastDay.isBefore(validFrom)) throw new vn.vusta.thidua.common.BusinessRuleException("unit.dates.order");
        this.status = UnitStatus.DISSOLVED;
        this.validTo = lastDay;
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
        this.sortKey = sortKey(type, province, shortName);
    }

    static String searchText(String name, String shortName, String code, String province) {
        return VietnameseText.fold(String.join(" ", name == null ? "" : name, shortName == null ? "" : shortName,
                code == null ? "" : code, province == null ? "" : province));
    }

    /** By province (else name); a member association after its province's union, by its own name. */
    static String sortKey(UnitType type, String province, String shortName) {
        if (type == UnitType.MEMBER_ASSOCIATION && province != null) return VietnameseText.sortKey(province + " " + shortName);
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
        return new UnitSummary(id, code, name, shortName, type, province, status, validFrom, validTo, unionMergedOn, ownerUnitId, demo);
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
        if (ownerUnitId != null) m.put("ownerUnitId", ownerUnitId);
        if (demo) m.put("demo", true);
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
    public Long getOwnerUnitId() { return ownerUnitId; }
    public boolean isDemo() { return demo; }
}
