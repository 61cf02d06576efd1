package vn.vusta.thidua.cluster;

import java.time.LocalDate;
import java.util.List;

/** A cluster in one year as pages and the API show it. */
public record ClusterView(long id, String code, int year, String name, ClusterKind kind, ClusterLevel level, UnitRef owner,
                          boolean membershipConfirmed, String sourceNote, List<Member> members, UnitRef head,
                          UnitRef deputy, String supervisorName, String supervisorUsername, String leadershipRef, LocalDate leadershipDate,
                          String leadershipRecordedBy, boolean leadershipConfirmed, long version) {

    /**
     * A member unit; when it merged away during the year, {@code carrier} is the unit that holds its place from
     * {@code carriedFrom} on.
     */
    public record Member(UnitRef unit, boolean confirmed, UnitRef carrier, LocalDate carriedFrom) {
        public boolean dissolved() { return carrier != null; }
    }

    public int size() { return members.size(); }

    /** The member row of a unit, if it is one (for the carrier of the head or deputy). */
    public Member member(UnitRef unit) {
        return unit == null ? null : members.stream().filter(m -> m.unit().id() == unit.id()).findFirst().orElse(null);
    }

    public Member headMember() { return member(head); }

    public Member deputyMember() { return member(deputy); }
}
