package vn.vusta.thidua.meeting;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.identity.ActorContext;

/** Who may do what to meetings, for pages and API alike (the rules are {@link MeetingAuthority}'s). */
@Component("meetingPolicy")
@org.springframework.transaction.annotation.Transactional(readOnly = true)
public class MeetingPolicy {
    private final ActorContext actors;
    private final MeetingAuthority authority;
    private final Meetings meetings;
    private final Minutes minutes;

    MeetingPolicy(ActorContext actors, MeetingAuthority authority, Meetings meetings, Minutes minutes) {
        this.actors = actors;
        this.authority = authority;
        this.meetings = meetings;
        this.minutes = minutes;
    }

    /** New meetings of a cluster's year; {@code clusterId} null: the national briefing (the office). */
    public boolean mayCreate(Long clusterId) {
        try {
            return authority.mayCreate(actors.current(), clusterId);
        } catch (vn.vusta.thidua.common.NotFoundException e) {
            return actors.current().isOffice();
        }
    }

    public boolean mayView(long meetingId) {
        return meetings.findById(meetingId).map(m -> authority.mayView(actors.current(), m)).orElse(actors.current().isAuthenticated());
    }

    /** Details, agenda, attendance, minutes and ballots of the meeting. */
    public boolean mayManage(long meetingId) {
        return meetings.findById(meetingId).map(m -> authority.mayManage(actors.current(), m)).orElse(actors.current().isOffice());
    }

    public boolean mayUpload(long meetingId) {
        return meetings.findById(meetingId).map(m -> authority.mayUploadAny(actors.current(), m)).orElse(actors.current().isOffice());
    }

    /** Finalised minutes: every signed-in account; a draft: those who see the meeting. */
    public boolean mayReadMinutes(long meetingId) {
        var actor = actors.current();
        if (!actor.isAuthenticated()) return false;
        if (minutes.existsByMeetingIdAndFinalisedTrue(meetingId)) return true;
        return mayView(meetingId);
    }
}
