package vn.vusta.thidua.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ReferenceChanges;

/**
 * A cluster's year: its members, head, deputy and the Presidium member in charge that year. Code, kind, level and
 * owner are copied from its {@link Cluster} (they never change) so that a year's pages need no join.
 */
@Entity
@Table(name = "cluster")
@EntityListeners(ReferenceChanges.class)
class ClusterYear {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @jakarta.persistence.Column(name = "cluster_id") private Long clusterId;
    private String code;
    @jakarta.persistence.Column(name = "cluster_year") private int year;
    private String name;
    @Enumerated(EnumType.STRING) private ClusterKind kind;
    @Enumerated(EnumType.STRING) private ClusterLevel level;
    private Long ownerUnitId;
    private boolean membershipConfirmed;
    private String sourceNote;
    private Long headUnitId;
    private Long deputyUnitId;
    private String supervisorName;
    private String supervisorUsername;
    private String leadershipRef;
    private LocalDate leadershipDate;
    private String leadershipRecordedBy;
    private boolean leadershipConfirmed;
    private String leadershipConfirmedBy;
    @Version private long version;
    @OneToMany(mappedBy = "cluster", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ClusterMembership> members = new ArrayList<>();

    protected ClusterYear() {}

    /** The year {@code year} of the cluster, named as it is called that year. */
    ClusterYear(Cluster cluster, int year, String name, boolean confirmed, String sourceNote) {
        this.clusterId = cluster.getId();
        this.code = cluster.getCode();
        this.kind = cluster.getKind();
        this.level = cluster.getLevel();
        this.ownerUnitId = cluster.getOwnerUnitId();
        this.year = year;
        this.name = name;
        this.membershipConfirmed = confirmed;
        this.sourceNote = sourceNote;
    }

    boolean hasMember(Long unitId) { return unitId != null && members.stream().anyMatch(m -> m.getUnitId().equals(unitId)); }

    List<Long> memberIds() { return members.stream().map(ClusterMembership::getUnitId).toList(); }

    /** Adds a member; the caller has checked the unit's existence and other clusters of the year. */
    void addMember(long unitId, boolean confirmed) {
        if (hasMember(unitId)) throw new BusinessRuleException("cluster.member.already", year);
        members.add(new ClusterMembership(this, unitId, confirmed));
    }

    void removeMember(long unitId) {
        if (Long.valueOf(unitId).equals(headUnitId) || Long.valueOf(unitId).equals(deputyUnitId)) {
            throw new BusinessRuleException("cluster.member.isLeader");
        }
        if (!members.removeIf(m -> m.getUnitId().equals(unitId))) throw new BusinessRuleException("cluster.member.notMember", year);
    }

    /** Records the head and deputy chosen for this year, with the meeting or decision that chose them. */
    void assignLeadership(Long head, Long deputy, LocalDate date, String reference, String recordedBy, boolean byOffice) {
        if (head == null) throw new BusinessRuleException("cluster.leadership.headRequired");
        if (!hasMember(head)) throw new BusinessRuleException("cluster.leadership.headNotMember", year);
        if (deputy != null && !hasMember(deputy)) throw new BusinessRuleException("cluster.leadership.deputyNotMember", year);
        if (head.equals(deputy)) throw new BusinessRuleException("cluster.leadership.sameUnit");
        if (date == null) throw new BusinessRuleException("cluster.leadership.dateRequired");
        if (date.getYear() < year - 1 || date.getYear() > year) throw new BusinessRuleException("cluster.leadership.dateRange", year - 1, year);
        if (reference == null || reference.isBlank()) throw new BusinessRuleException("cluster.leadership.refRequired");
        this.headUnitId = head;
        this.deputyUnitId = deputy;
        this.leadershipDate = date;
        this.leadershipRef = reference.trim();
        this.leadershipRecordedBy = recordedBy;
        this.leadershipConfirmed = byOffice;
        this.leadershipConfirmedBy = byOffice ? recordedBy : null;
    }

    /** The head or deputy elected by a ballot of last year's summary, the meeting as reference; the office confirms it later. */
    void recordElected(long unit, boolean deputy, LocalDate date, String reference) {
        if (!hasMember(unit)) throw new BusinessRuleException(deputy ? "cluster.leadership.deputyNotMember" : "cluster.leadership.headNotMember", year);
        if (Long.valueOf(unit).equals(deputy ? headUnitId : deputyUnitId)) throw new BusinessRuleException("cluster.leadership.sameUnit");
        if (deputy) this.deputyUnitId = unit;
        else this.headUnitId = unit;
        this.leadershipDate = date;
        this.leadershipRef = reference;
        this.leadershipRecordedBy = "system";
        this.leadershipConfirmed = false;
        this.leadershipConfirmedBy = null;
    }

    /** The office confirms the recorded head and deputy; the outgoing head can no longer change them. */
    void confirmLeadership(String by) {
        if (headUnitId == null) throw new BusinessRuleException("cluster.leadership.nothingToConfirm", year);
        this.leadershipConfirmed = true;
        this.leadershipConfirmedBy = by;
    }

    /** The Presidium member in charge: the name as published, and the account of that person if there is one. */
    void assignSupervisor(String name, String username) {
        this.supervisorName = name == null || name.isBlank() ? null : name.trim();
        this.supervisorUsername = username == null || username.isBlank() ? null : username;
    }

    void rename(String newName) {
        if (newName == null || newName.isBlank()) throw new BusinessRuleException("cluster.name.required");
        this.name = newName.trim();
    }

    Map<String, Object> snapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("clusterId", clusterId);
        m.put("code", code);
        m.put("year", year);
        m.put("name", name);
        m.put("members", memberIds());
        m.put("headUnitId", headUnitId);
        m.put("deputyUnitId", deputyUnitId);
        m.put("supervisorName", supervisorName);
        m.put("supervisorUsername", supervisorUsername);
        m.put("leadershipRef", leadershipRef);
        m.put("leadershipDate", leadershipDate == null ? null : leadershipDate.toString());
        m.put("leadershipConfirmed", leadershipConfirmed);
        return m;
    }

    Long getId() { return id; }
    Long getClusterId() { return clusterId; }
    String getCode() { return code; }
    int getYear() { return year; }
    String getName() { return name; }
    ClusterKind getKind() { return kind; }
    ClusterLevel getLevel() { return level; }
    boolean isMembershipConfirmed() { return membershipConfirmed; }
    String getSourceNote() { return sourceNote; }
    Long getOwnerUnitId() { return ownerUnitId; }
    Long getHeadUnitId() { return headUnitId; }
    Long getDeputyUnitId() { return deputyUnitId; }
    String getSupervisorName() { return supervisorName; }
    String getSupervisorUsername() { return supervisorUsername; }
    String getLeadershipRef() { return leadershipRef; }
    LocalDate getLeadershipDate() { return leadershipDate; }
    String getLeadershipRecordedBy() { return leadershipRecordedBy; }
    boolean isLeadershipConfirmed() { return leadershipConfirmed; }
    String getLeadershipConfirmedBy() { return leadershipConfirmedBy; }
    long getVersion() { return version; }
    List<ClusterMembership> getMembers() { return members; }
}
