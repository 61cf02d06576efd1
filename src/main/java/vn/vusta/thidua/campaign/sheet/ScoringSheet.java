package vn.vusta.thidua.campaign.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.common.BusinessRuleException;

/**
 * A scoring sheet (bảng chấm điểm): a criteria tree of any depth, versioned (same code, next version) and
 * effective-dated. A sheet that a published result uses is locked and never changes again; a new year starts from
 * a copy.
 */
@Entity
@Table(name = "scoring_sheet")
public class ScoringSheet {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private String code;
    @Column(name = "sheet_version") private int sheetVersion;
    private String name;
    @Enumerated(EnumType.STRING) private ClusterLevel level;
    private long ownerUnitId;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String legalRef;
    private Long copiedFromId;
    private boolean locked;
    private String lockedReason;
    private boolean demo;
    @Version private long version;
    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    protected ScoringSheet() {}

    public ScoringSheet(String code, int sheetVersion, String name, ClusterLevel level, long ownerUnitId, LocalDate validFrom) {
        this.code = code;
        this.sheetVersion = sheetVersion;
        this.name = name;
        this.level = level;
        this.ownerUnitId = ownerUnitId;
        this.validFrom = validFrom;
    }

    /** Adds a criterion under {@code parent} (null: at the top), after its last sibling. */
    public Criterion add(Criterion parent, CriterionSpec spec) {
        requireEditable();
        if (parent != null && (!criteria.contains(parent) || !parent.getType().isGroup())) throw new BusinessRuleException("criterion.parent.notGroup");
        if (criteria.stream().anyMatch(c -> c.getCode().equalsIgnoreCase(spec.code()))) throw new BusinessRuleException("criterion.code.duplicate", spec.code());
        var position = (int) criteria.stream().filter(c -> same(c.getParent(), parent)).count();
        var criterion = new Criterion(this, parent, position, spec);
        criteria.add(criterion);
        return criterion;
    }

    public void change(Criterion criterion, CriterionSpec spec) {
        requireEditable();
        if (!criteria.contains(criterion)) throw new IllegalArgumentException("criterion of another sheet");
        if (criteria.stream().anyMatch(c -> c != criterion && c.getCode().equalsIgnoreCase(spec.code()))) throw new BusinessRuleException("criterion.code.duplicate", spec.code());
        if (criterion.getType().isGroup() && !spec.type().isGroup() && !children(criterion).isEmpty()) throw new BusinessRuleException("criterion.group.hasChildren", criterion.getCode());
        criterion.apply(spec);
    }

    /** Removes a criterion with everything under it; the siblings after it move up. */
    public void remove(Criterion criterion) {
        requireEditable();
        var parent = criterion.getParent();
        removeTree(criterion);
        var siblings = children(parent);
        for (int i = 0; i < siblings.size(); i++) siblings.get(i).moveTo(i);
    }

    private void removeTree(Criterion criterion) {
        for (var child : children(criterion)) removeTree(child);
        criteria.remove(criterion);
    }

    /** Moves a criterion one place up or down among its siblings; at either end nothing changes. */
    public void move(Criterion criterion, boolean up) {
        requireEditable();
        var siblings = children(criterion.getParent());
        int at = siblings.indexOf(criterion);
        int to = up ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= siblings.size()) return;
        var other = siblings.get(to);
        other.moveTo(at);
        criterion.moveTo(to);
    }

    public List<Criterion> children(Criterion parent) {
        return criteria.stream().filter(c -> same(c.getParent(), parent)).sorted(Comparator.comparingInt(Criterion::getPosition)).toList();
    }

    /** The same node, also when one side is a lazy proxy of the other (ids compare; new nodes by identity). */
    private static boolean same(Criterion a, Criterion b) {
        if (a == b) return true;
        return a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
    }

    public List<Criterion> roots() { return children(null); }

    /** The criteria that take a value (every node but groups), in tree order. */
    public List<Criterion> leaves() {
        var out = new ArrayList<Criterion>();
        collectLeaves(roots(), out);
        return out;
    }

    private void collectLeaves(List<Criterion> nodes, List<Criterion> out) {
        for (var n : nodes) {
            if (n.getType().isGroup()) collectLeaves(children(n), out);
            else out.add(n);
        }
    }

    /** The most a unit can score without bonus: the top-level nodes' max (a group without max: its children's). */
    public BigDecimal maxTotal() {
        return roots().stream().filter(this::countsTowardsMax).map(this::maxOf).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal maxOf(Criterion c) {
        if (!c.getType().isGroup() || c.getMaxPoints().signum() > 0) return c.getMaxPoints();
        return children(c).stream().filter(this::countsTowardsMax).map(this::maxOf).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A criterion counts unless it is bonus or penalty; a group counts when something under it does. */
    private boolean countsTowardsMax(Criterion c) {
        return c.getType().isGroup() ? children(c).stream().anyMatch(this::countsTowardsMax) : c.getType().countsTowardsMax();
    }

    /** A sheet made of invented demo data (demo switch only), labelled so on every page. */
    public void markDemo() { demo = true; }

    /** A copy for a new period: same code, next version, the whole tree, unlocked. */
    public ScoringSheet copyAsVersion(int nextVersion, LocalDate validFrom) { return copyFor(level, ownerUnitId, nextVersion, validFrom); }

    /**
     * A copy owned by {@code owner} at {@code level} (a union starting its own sheet from VUSTA's): same code, name and
     * tree, the given version, unlocked; it remembers where it was copied from.
     */
    public ScoringSheet copyFor(ClusterLevel level, long owner, int version, LocalDate validFrom) {
        var copy = new ScoringSheet(code, version, name, level, owner, validFrom);
        copy.legalRef = legalRef;
        copy.copiedFromId = id;
        copy.demo = demo;
        copyChildren(null, null, copy);
        return copy;
    }

    private void copyChildren(Criterion from, Criterion to, ScoringSheet copy) {
        for (var c : children(from)) copyChildren(c, copy.add(to, c.spec()), copy);
    }

    /** Locks the sheet for good (a published result uses it). */
    public void lock(String reason) {
        locked = true;
        lockedReason = reason;
    }

    public void requireEditable() {
        if (locked) throw new BusinessRuleException("sheet.locked", Objects.requireNonNullElse(lockedReason, ""));
    }

    public void describe(String name, LocalDate validFrom, LocalDate validTo, String legalRef) {
        requireEditable();
        if (validTo != null && validTo.isBefore(validFrom)) throw new BusinessRuleException("sheet.validity.order");
        this.name = name;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.legalRef = legalRef;
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getSheetVersion() { return sheetVersion; }
    public String getName() { return name; }
    public ClusterLevel getLevel() { return level; }
    public long getOwnerUnitId() { return ownerUnitId; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public String getLegalRef() { return legalRef; }
    public Long getCopiedFromId() { return copiedFromId; }
    public boolean isLocked() { return locked; }
    public String getLockedReason() { return lockedReason; }
    public boolean isDemo() { return demo; }
    public long getVersion() { return version; }
    public List<Criterion> getCriteria() { return List.copyOf(criteria); }
}
