package vn.vusta.thidua.cluster;

import java.time.LocalDate;
import java.util.List;

/** A cluster in one year as pages and the API show it. */
public record ClusterView(long id, String code, int year, String name, ClusterKind kind, ClusterLevel level, UnitRef owner,
                          boolean membershipConfirmed, String sourceNote, List<Member> members, UnitRef head,
                          UnitRef deputy, String supervisorName, String supervisorUsername, String leadershipRef, LocalDate leadershipDate,
                          String leadershipRecordedBy, long version) {

    public record Member(UnitRef unit, boolean confirmed) {}

    public int size() { return members.size(); }
}
