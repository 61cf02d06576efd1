package vn.vusta.thidua.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.common.TimeConfig;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;

/** Read side of meetings: lists in a fixed number of statements, and one meeting with all it shows. */
@Service
@Transactional(readOnly = true)
public class MeetingQueries {
    private final Meetings meetings;
    private final Documents documents;
    private final ClusterQueries clusters;
    private final UnitCatalog units;
    private final Clock clock;

    MeetingQueries(Meetings meetings, Documents documents, ClusterQueries clusters, UnitCatalog units, Clock clock) {
        this.meetings = meetings;
        this.documents = documents;
        this.clusters = clusters;
        this.units = units;
        this.clock = clock;
    }

    /** A meeting in a list: what, when, where, who hosts, attendance against the quorum, whether the minutes are final. */
    public record Row(long id, MeetingType type, String title, LocalDateTime startsAt, String place, boolean online, Long clusterId,
                      String clusterName, String host, Quorum quorum, boolean minutesFinal) {}

    public record Listing(int year, List<Integer> years, List<ClusterView> clusters, Long clusterId, List<Row> rows) {}

    /** The meetings of a year (default: this year), optionally of one cluster's year. */
    Listing list(Integer year, Long clusterId) {
        int shown = year != null ? year : LocalDate.now(clock).getYear();
        var yearClusters = clusters.ofYear(shown);
        var years = new ArrayList<>(meetings.years());
        if (!years.contains(shown)) years.add(shown);
        years.sort(java.util.Comparator.reverseOrder());
        return new Listing(shown, years, yearClusters, clusterId, rows(meetings.list(shown, clusterId), yearClusters));
    }

    /** The meetings of one cluster's year, for its page (publicity). */
    public List<Row> ofCluster(long clusterId) {
        var cluster = clusters.get(clusterId);
        return rows(meetings.list(null, clusterId), List.of(cluster));
    }

    private List<Row> rows(List<Meeting> list, List<ClusterView> known) {
        if (list.isEmpty()) return List.of();
        var ids = list.stream().map(Meeting::getId).toList();
        var counts = new HashMap<Long, int[]>();
        for (Object[] r : meetings.attendanceCounts(ids)) {
            counts.put((Long) r[0], new int[] {((Number) r[1]).intValue(), r[2] == null ? 0 : ((Number) r[2]).intValue()});
        }
        Set<Long> finalised = new HashSet<>(meetings.finalisedAmong(ids));
        Map<Long, ClusterView> clusterMap = new HashMap<>();
        known.forEach(c -> clusterMap.put(c.id(), c));
        var missing = list.stream().map(Meeting::getClusterId).filter(c -> c != null && !clusterMap.containsKey(c)).collect(Collectors.toSet());
        missing.forEach(c -> clusterMap.put(c, clusters.get(c)));   // meetings outside the listed year's clusters (none normally)
        var hosts = units.byIds(list.stream().map(Meeting::getHostUnitId).filter(h -> h != null).collect(Collectors.toSet()));
        return list.stream().map(m -> {
            var c = counts.getOrDefault(m.getId(), new int[] {0, 0});
            var cluster = m.getClusterId() == null ? null : clusterMap.get(m.getClusterId());
            var host = m.getHostUnitId() == null ? null : hosts.get(m.getHostUnitId());
            return new Row(m.getId(), m.getType(), m.getTitle(), LocalDateTime.ofInstant(m.getStartsAt(), TimeConfig.VIETNAM),
                    m.getPlace(), m.getOnlineLink() != null, m.getClusterId(), cluster == null ? null : cluster.name(),
                    host == null ? null : host.shortName(), Quorum.of(m.getQuorumRule(), c[1], c[0]), finalised.contains(m.getId()));
        }).toList();
    }

    /** An invited unit with its attendance. */
    public record Attendee(long unitId, String name, boolean present, String delegateName, String delegatePosition) {}

    /** A union's report on an agenda item (a file to download, or a text). */
    public record Report(long id, long unitId, String unitName, String fileName, Long fileSize, String textBody) {}

    public record Item(long id, int position, String title, String presenter, String conclusion, boolean collectsReports,
                       List<Report> documents) {}

    /** One meeting with everything its page shows. */
    public record View(long id, long version, MeetingType type, int year, String title, LocalDateTime startsAt, String place,
                       String onlineLink, UnitSummary host, ClusterView cluster, QuorumRule quorumRule, Quorum quorum,
                       boolean inviteSupervisor, boolean inviteOffice, String otherGuests, String chairName, String secretaryName,
                       List<Item> agenda, List<Attendee> attendees) {
        public List<Attendee> present() { return attendees.stream().filter(Attendee::present).toList(); }
    }

    View view(long id) {
        var m = meetings.withAgenda(id).orElseThrow(() -> new NotFoundException("meeting", id));
        var invitations = meetings.withInvitations(id).orElseThrow().getInvitations();
        var unitIds = new HashSet<Long>();
        invitations.forEach(i -> unitIds.add(i.getUnitId()));
        if (m.getHostUnitId() != null) unitIds.add(m.getHostUnitId());
        var names = units.byIds(unitIds);
        var docs = documents.listed(id).stream().collect(Collectors.groupingBy(Documents.Listed::agendaItemId,
                Collectors.mapping(d -> new Report(d.id(), d.unitId(), names.containsKey(d.unitId()) ? names.get(d.unitId()).shortName() : "?",
                        d.fileName(), d.fileSize(), d.textBody()), Collectors.toList())));
        var attendees = invitations.stream().map(i -> new Attendee(i.getUnitId(), names.get(i.getUnitId()).shortName(), i.isPresent(),
                        i.getDelegateName(), i.getDelegatePosition()))
                .sorted(vn.vusta.thidua.common.VietnameseText.byName(Attendee::name)).toList();
        var items = m.getAgenda().stream().map(a -> new Item(a.getId(), a.getPosition(), a.getTitle(), a.getPresenter(), a.getConclusion(),
                a.isCollectsReports(), docs.getOrDefault(a.getId(), List.of()))).toList();
        return new View(m.getId(), m.getVersion(), m.getType(), m.getYear(), m.getTitle(),
                LocalDateTime.ofInstant(m.getStartsAt(), TimeConfig.VIETNAM), m.getPlace(), m.getOnlineLink(),
                m.getHostUnitId() == null ? null : names.get(m.getHostUnitId()),
                m.getClusterId() == null ? null : clusters.get(m.getClusterId()), m.getQuorumRule(), m.quorum(),
                m.isInviteSupervisor(), m.isInviteOffice(), m.getOtherGuests(), m.getChairName(), m.getSecretaryName(), items, attendees);
    }

    Meeting entity(long id) { return meetings.withInvitations(id).orElseThrow(() -> new NotFoundException("meeting", id)); }
}
