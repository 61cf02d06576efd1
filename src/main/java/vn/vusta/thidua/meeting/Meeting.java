package vn.vusta.thidua.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import vn.vusta.thidua.common.BusinessRuleException;

/**
 * A meeting of a cluster's year (or VUSTA's national briefing): when and where, the host, the agenda, the invited
 * member units with their attendance, and the rule that says when enough of them are present to decide.
 */
@Entity
@Table(name = "meeting")
class Meeting {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Enumerated(EnumType.STRING) @Column(name = "meeting_type") private MeetingType type;
    private Long clusterId;
    @Column(name = "meeting_year") private int year;
    private String title;
    private Long hostUnitId;
    private Instant startsAt;
    private String place;
    private String onlineLink;
    @Enumerated(EnumType.STRING) private QuorumRule quorumRule;
    private boolean inviteSupervisor;
    private boolean inviteOffice;
    private String otherGuests;
    private String chairName;
    private String secretaryName;
    private String createdBy;
    @Version private long version;
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true) @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Invitation> invitations = new ArrayList<>();

    protected Meeting() {}

    Meeting(MeetingType type, Long clusterId, int year, String createdBy) {
        if (type == null) throw new BusinessRuleException("meeting.type.required");
        if (type.clusterMeeting() && clusterId == null) throw new BusinessRuleException("meeting.cluster.required");
        this.type = type;
        this.clusterId = type.clusterMeeting() ? clusterId : null;
        this.year = year;
        this.createdBy = createdBy;
    }

    /** The details of the form; the date must fall in the cluster's year (a meeting of 2024 is held in 2024). */
    void describe(MeetingDetails d) {
        if (d.title() == null || d.title().isBlank()) throw new BusinessRuleException("meeting.title.required");
        if (d.startsAt() == null) throw new BusinessRuleException("meeting.startsAt.required");
        if (d.startsAt().atZone(vn.vusta.thidua.common.TimeConfig.VIETNAM).getYear() != year) {
            throw new BusinessRuleException("meeting.startsAt.year", year);
        }
        if (blank(d.place()) && blank(d.onlineLink())) throw new BusinessRuleException("meeting.place.required");
        if (!blank(d.onlineLink()) && !d.onlineLink().strip().matches("https://\\S+")) throw new BusinessRuleException("meeting.link.invalid");
        this.title = d.title().strip();
        this.hostUnitId = d.hostUnitId();
        this.startsAt = d.startsAt();
        this.place = trim(d.place());
        this.onlineLink = trim(d.onlineLink());
        this.quorumRule = d.quorumRule() == null ? QuorumRule.MORE_THAN_HALF : d.quorumRule();
        this.inviteSupervisor = d.inviteSupervisor();
        this.inviteOffice = d.inviteOffice();
        this.otherGuests = trim(d.otherGuests());
        this.chairName = trim(d.chairName());
        this.secretaryName = trim(d.secretaryName());
    }

    /** Invites these units (already invited ones stay as they are). */
    void invite(Collection<Long> unitIds) {
        for (long unit : unitIds) {
            if (invitations.stream().noneMatch(i -> i.getUnitId() == unit)) invitations.add(new Invitation(this, unit));
        }
    }

    void addAgendaItem(String title, String presenter) {
        if (title == null || title.isBlank()) throw new BusinessRuleException("meeting.agenda.titleRequired");
        agenda.add(new AgendaItem(this, agenda.size() + 1, title.strip(), trim(presenter), type.collectsReports()
                && title.toLowerCase(java.util.Locale.forLanguageTag("vi")).contains("báo cáo")));
    }

    void editAgendaItem(long itemId, String title, String presenter, String conclusion) {
        if (title == null || title.isBlank()) throw new BusinessRuleException("meeting.agenda.titleRequired");
        item(itemId).edit(title.strip(), trim(presenter), trim(conclusion));
    }

    void removeAgendaItem(long itemId) {
        agenda.remove(item(itemId));
        agenda.sort(Comparator.comparingInt(AgendaItem::getPosition));
        for (int i = 0; i < agenda.size(); i++) agenda.get(i).moveTo(i + 1);
    }

    AgendaItem item(long itemId) {
        return agenda.stream().filter(a -> a.getId() != null && a.getId() == itemId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("meeting.agenda.notFound"));
    }

    /** Attendance per invited unit: present, with the delegate's name (required) and position. */
    void recordAttendance(Map<Long, Attendance> byUnit) {
        for (var entry : byUnit.entrySet()) {
            var invitation = invitations.stream().filter(i -> i.getUnitId() == entry.getKey()).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("meeting.attendance.notInvited"));
            var a = entry.getValue();
            if (a.present() && blank(a.delegateName())) throw new BusinessRuleException("meeting.attendance.delegateRequired");
            invitation.attend(a.present(), trim(a.delegateName()), trim(a.delegatePosition()));
        }
    }

    record Attendance(boolean present, String delegateName, String delegatePosition) {}

    Quorum quorum() {
        int present = (int) invitations.stream().filter(Invitation::isPresent).count();
        return Quorum.of(quorumRule, present, invitations.size());
    }

    List<Long> presentUnitIds() { return invitations.stream().filter(Invitation::isPresent).map(Invitation::getUnitId).toList(); }

    Map<String, Object> snapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("type", type.name());
        m.put("clusterId", clusterId);
        m.put("year", year);
        m.put("title", title);
        m.put("hostUnitId", hostUnitId);
        m.put("startsAt", startsAt == null ? null : startsAt.toString());
        m.put("place", place);
        m.put("onlineLink", onlineLink);
        m.put("quorumRule", quorumRule == null ? null : quorumRule.name());
        m.put("agenda", agenda.stream().map(a -> a.getPosition() + ". " + a.getTitle()
                + (a.getConclusion() == null ? "" : " → " + a.getConclusion())).toList());
        m.put("present", invitations.stream().filter(Invitation::isPresent)
                .map(i -> i.getUnitId() + ": " + i.getDelegateName()).toList());
        return m;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    private static String trim(String s) { return blank(s) ? null : s.strip(); }

    Long getId() { return id; }
    MeetingType getType() { return type; }
    Long getClusterId() { return clusterId; }
    int getYear() { return year; }
    String getTitle() { return title; }
    Long getHostUnitId() { return hostUnitId; }
    Instant getStartsAt() { return startsAt; }
    String getPlace() { return place; }
    String getOnlineLink() { return onlineLink; }
    QuorumRule getQuorumRule() { return quorumRule; }
    boolean isInviteSupervisor() { return inviteSupervisor; }
    boolean isInviteOffice() { return inviteOffice; }
    String getOtherGuests() { return otherGuests; }
    String getChairName() { return chairName; }
    String getSecretaryName() { return secretaryName; }
    String getCreatedBy() { return createdBy; }
    long getVersion() { return version; }
    List<AgendaItem> getAgenda() { return agenda; }
    List<Invitation> getInvitations() { return invitations; }
}
