package vn.vusta.thidua.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.common.TimeConfig;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitType;

/** Changes to meetings: creation with the default invitations and agenda, details, agenda, attendance. All audited. */
@Service
class MeetingService {
    private final Meetings meetings;
    private final MeetingAuthority authority;
    private final ActorContext actors;
    private final ClusterQueries clusters;
    private final UnitCatalog units;
    private final AuditTrail audit;
    private final Clock clock;
    @PersistenceContext private EntityManager entityManager;

    MeetingService(Meetings meetings, MeetingAuthority authority, ActorContext actors, ClusterQueries clusters, UnitCatalog units,
                   AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.authority = authority;
        this.actors = actors;
        this.clusters = clusters;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new meeting; the member units of the cluster's year (their successors after a merger) are invited. */
    @Transactional
    Meeting create(MeetingType type, Long clusterId, MeetingDetails details) {
        var actor = actors.current();
        if (type == null) throw new BusinessRuleException("meeting.type.required");
        Long cluster = type.clusterMeeting() ? clusterId : null;
        if (type.clusterMeeting() && cluster == null) throw new BusinessRuleException("meeting.cluster.required");
        if (!authority.mayCreate(actor, cluster)) throw new AccessDeniedException("may not create meetings here");
        if (details.startsAt() == null) throw new BusinessRuleException("meeting.startsAt.required");
        var view = cluster == null ? null : clusters.get(cluster);
        int year = view != null ? view.year() : details.startsAt().atZone(TimeConfig.VIETNAM).getYear();
        if (!actor.isOffice() && authority.isPast(year)) throw new BusinessRuleException("meeting.year.closed", year);
        var meeting = new Meeting(type, cluster, year, actor.username());
        meeting.describe(details);
        var day = LocalDate.ofInstant(details.startsAt(), TimeConfig.VIETNAM);
        checkHost(meeting, view, day);
        meeting.invite(view != null ? invitees(view, day) : units.existingOn(day, UnitType.PROVINCIAL_UNION).stream().map(u -> u.id()).toList());
        for (var item : DefaultAgenda.of(type)) meeting.addAgendaItem(item, null);
        meetings.saveAndFlush(meeting);
        audit.record("MEETING_CREATED", "meeting", meeting.getId(), "Lập hội nghị " + meeting.getTitle(), null, meeting.snapshot());
        return meeting;
    }

    /** The member units of the year as they stand on the day: a member that merged away before it, by its carrier. */
    static List<Long> invitees(ClusterView cluster, LocalDate day) {
        var ids = new LinkedHashSet<Long>();
        for (var m : cluster.members()) {
            ids.add(m.carrier() != null && !day.isBefore(m.carriedFrom()) ? m.carrier().id() : m.unit().id());
        }
        return new ArrayList<>(ids);
    }

    @Transactional
    void update(long id, Long version, MeetingDetails details) {
        var meeting = managed(id, version);
        var before = meeting.snapshot();
        meeting.describe(details);
        var view = meeting.getClusterId() == null ? null : clusters.get(meeting.getClusterId());
        checkHost(meeting, view, LocalDate.ofInstant(details.startsAt(), TimeConfig.VIETNAM));
        save(meeting, "MEETING_UPDATED", "Sửa thông tin hội nghị " + meeting.getTitle(), before);
    }

    @Transactional
    void addAgendaItem(long id, Long version, String title, String presenter) {
        var meeting = managed(id, version);
        var before = meeting.snapshot();
        if (title != null && title.length() > 300 || presenter != null && presenter.length() > 200) {
            throw new BusinessRuleException("meeting.agenda.tooLong");
        }
        meeting.addAgendaItem(title, presenter);
        save(meeting, "MEETING_AGENDA_CHANGED", "Thêm nội dung vào chương trình hội nghị " + meeting.getTitle(), before);
    }

    @Transactional
    void editAgendaItem(long id, Long version, long itemId, String title, String presenter, String conclusion) {
        var meeting = managed(id, version);
        var before = meeting.snapshot();
        if (title != null && title.length() > 300 || presenter != null && presenter.length() > 200
                || conclusion != null && conclusion.length() > 4000) throw new BusinessRuleException("meeting.agenda.tooLong");
        meeting.editAgendaItem(itemId, title, presenter, conclusion);
        save(meeting, "MEETING_AGENDA_CHANGED", "Sửa chương trình hội nghị " + meeting.getTitle(), before);
    }

    @Transactional
    void removeAgendaItem(long id, Long version, long itemId) {
        var meeting = managed(id, version);
        var before = meeting.snapshot();
        meeting.removeAgendaItem(itemId);
        save(meeting, "MEETING_AGENDA_CHANGED", "Bỏ một nội dung khỏi chương trình hội nghị " + meeting.getTitle(), before);
    }

    @Transactional
    void recordAttendance(long id, Long version, Map<Long, Meeting.Attendance> attendance) {
        var meeting = managed(id, version);
        var before = meeting.snapshot();
        for (var a : attendance.values()) {
            if (a.delegateName() != null && a.delegateName().length() > 200 || a.delegatePosition() != null && a.delegatePosition().length() > 200) {
                throw new BusinessRuleException("meeting.attendance.tooLong");
            }
        }
        meeting.recordAttendance(attendance);
        var q = meeting.quorum();
        save(meeting, "MEETING_ATTENDANCE_RECORDED", "Điểm danh hội nghị " + meeting.getTitle() + ": " + q.present() + "/" + q.members()
                + " đơn vị có mặt", before);
    }

    /** The meeting locked for a write by a manager, at the version the form was opened on. */
    Meeting managed(long id, Long version) {
        var meeting = meetings.lockById(id).orElseThrow(() -> new NotFoundException("meeting", id));
        if (!authority.mayManage(actors.current(), meeting)) throw new AccessDeniedException("may not manage this meeting");
        ConcurrentEditException.check(meeting.getVersion(), version);
        entityManager.lock(meeting, LockModeType.PESSIMISTIC_FORCE_INCREMENT);   // a change of agenda or attendance is a change of the meeting
        return meeting;
    }

    private void save(Meeting meeting, String action, String summary, Map<String, Object> before) {
        meetings.saveAndFlush(meeting);
        audit.record(action, "meeting", meeting.getId(), summary, before, meeting.snapshot());
    }

    /** The host of a cluster meeting is one of the units invited to it (a member, or its successor). */
    private void checkHost(Meeting meeting, ClusterView cluster, LocalDate day) {
        if (meeting.getHostUnitId() == null) {
            if (meeting.getType().clusterMeeting()) throw new BusinessRuleException("meeting.host.required");
            return;
        }
        if (cluster != null && !invitees(cluster, day).contains(meeting.getHostUnitId())
                && !MeetingAuthority.memberUnits(cluster).contains(meeting.getHostUnitId())) {
            throw new BusinessRuleException("meeting.host.notMember");
        }
        if (cluster == null && units.find(meeting.getHostUnitId()).isEmpty()) throw new BusinessRuleException("meeting.host.required");
    }

    Actor actor() { return actors.current(); }
}
