package vn.vusta.thidua.campaign.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.assessment.TotalsTree;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.cluster.ClusterName;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.common.ReferenceCache;
import vn.vusta.thidua.common.VietnameseText;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;

/** The league table of one cluster in a campaign, read in a fixed number of statements whatever its size. */
@Service
@Transactional(readOnly = true)
public class Results {
    private final Campaigns campaigns;
    private final ScoringSheets sheets;
    private final ResultData data;
    private final ClusterQueries clusters;
    private final UnitCatalog units;
    private final ReferenceCache cache;
    private final Map<Long, TotalsTree> lockedTrees = new java.util.concurrent.ConcurrentHashMap<>();

    /** At most this many clusters are offered in the league table's drop-down; more are listed on a page of their own. */
    public static final int CHOICES_IN_PLACE = 12;

    Results(Campaigns campaigns, ScoringSheets sheets, ResultData data, ClusterQueries clusters, UnitCatalog units, ReferenceCache cache) {
        this.cache = cache;
        this.campaigns = campaigns;
        this.sheets = sheets;
        this.data = data;
        this.clusters = clusters;
        this.units = units;
    }

    public Campaign campaign(long id) { return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id)); }

    /**
     * What the league page shows, read in one transaction (each of the calls it makes would open its own): the campaign,
     * the table of the cluster named by {@code clusterRef} (see {@link #clusterName}) and, when {@code withClusters}, the
     * campaign's clusters.
     */
    public LeaguePage leaguePage(long campaignId, String clusterRef, Long unitId, boolean withClusters) {
        return leaguePage(campaign(campaignId), clusterRef, unitId, withClusters);
    }

    /**
     * The public league page: as {@link #leaguePage}, of a published campaign only (else not found, as an unknown one);
     * the public PDF takes it without the clusters, for the campaign's publication date.
     */
    public LeaguePage publishedPage(long campaignId, String clusterRef, boolean withClusters) {
        return leaguePage(published(campaignId), clusterRef, null, withClusters);
    }

    private LeaguePage leaguePage(Campaign campaign, String clusterRef, Long unitId, boolean withClusters) {
        var table = leagueTable(campaign, clusterName(campaign, clusterRef, unitId));
        return new LeaguePage(campaign, table, withClusters ? clustersOf(campaign) : List.of());
    }

    /** The campaign if its results are published, else not found (as an unknown one): what the public may read. */
    public Campaign published(long campaignId) {
        var campaign = campaign(campaignId);
        if (!campaign.isPublished()) throw new NotFoundException("campaign", campaignId);
        return campaign;
    }

    public record LeaguePage(Campaign campaign, LeagueTable table, List<ClusterName> clusters) {}

    /**
     * The published league table of a cluster (see {@link #clusterName}; null: the campaign's first), in one transaction:
     * the public page, exports and API. An unpublished campaign is not found, as an unknown one.
     */
    public LeagueTable publishedTable(long campaignId, String clusterRef) { return publishedPage(campaignId, clusterRef, false).table(); }

    /**
     * The clusters a campaign covers: those with a score sheet in it, by code (then owner), named without their members.
     * Once the results are published the set can no longer change, so it is kept with the reference data (names change
     * only with a cluster or unit write, which empties that cache); before, it is read each time.
     */
    public List<ClusterName> clustersOf(Campaign campaign) {
        if (!campaign.isPublished()) return readClustersOf(campaign.getId());
        return cache.get(new PublishedClusters(campaign.getId()), () -> readClustersOf(campaign.getId()));
    }

    private record PublishedClusters(long campaignId) {}

    private record NamedCluster(long clusterId) {}

    private List<ClusterName> readClustersOf(long campaignId) {
        var out = new ArrayList<>(clusters.names(data.clusterIds(campaignId)));
        out.sort(Comparator.comparing(ClusterName::code).thenComparing(c -> c.ownerName() == null ? "" : c.ownerName()));
        return List.copyOf(out);
    }

    /** A campaign's clusters by owner (VUSTA's first, then each union's, in Vietnamese order): the page that lists them. */
    public List<ClustersOfOwner> clustersByOwner(Campaign campaign) {
        var byOwner = new java.util.LinkedHashMap<String, List<ClusterName>>();
        clustersOf(campaign).stream()
                .sorted(Comparator.comparing((ClusterName c) -> c.ownerName() != null)
                        .thenComparing(VietnameseText.byName((ClusterName c) -> c.ownerName() == null ? "" : c.ownerName())))
                .forEach(c -> byOwner.computeIfAbsent(c.ownerName(), k -> new ArrayList<>()).add(c));
        return byOwner.entrySet().stream().map(e -> new ClustersOfOwner(e.getKey(), e.getValue())).toList();
    }

    /** The clusters of one owner: a union (its short name), or VUSTA (null). */
    public record ClustersOfOwner(String ownerName, List<ClusterName> clusters) {}

    /**
     * The cluster named by id or code in the campaign's year; when none is named, the cluster of {@code unitId}'s sheet,
     * else the campaign's first. With its members (for deciding who may see its table).
     */
    public ClusterView cluster(Campaign campaign, String ref, Long unitId) { return clusters.get(clusterName(campaign, ref, unitId).id()); }

    /**
     * The same cluster as {@link #cluster}, named only (no members, no lineage): what a league table shows of it. A code
     * names one of VUSTA's clusters, or a union's internal cluster of the campaign; as internal clusters' codes are unique
     * only within their union, {@code OWNER/CODE} (the union's unit code, "LHH-HNI/MAU-01") names one whatever the campaign.
     * A code that several of the campaign's clusters share is refused with the qualified codes to choose from.
     */
    public ClusterName clusterName(Campaign campaign, String ref, Long unitId) {
        if (ref == null || ref.isBlank()) {
            var own = clusterOfUnit(campaign, unitId).flatMap(clusters::name);
            if (own.isPresent()) return own.get();
            return clustersOf(campaign).stream().findFirst().orElseThrow(() -> new NotFoundException("cluster", campaign.getId()));
        }
        var trimmed = ref.strip();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            long id = Long.parseLong(trimmed);
            // kept with the reference data (a cluster or unit write empties it): the league page names its cluster by id
            return cache.get(new NamedCluster(id), () -> clusters.name(id)).filter(c -> c.year() == campaign.getYear())
                    .orElseThrow(() -> new NotFoundException("cluster", trimmed));
        }
        int slash = trimmed.indexOf('/');
        var owner = slash < 0 ? null : trimmed.substring(0, slash).strip();
        var code = slash < 0 ? trimmed : trimmed.substring(slash + 1).strip();
        var found = clusters.namesByCode(code, campaign.getYear(), campaign.getLevel()).stream()
                .filter(c -> owner == null || c.owner() != null && c.owner().code().equalsIgnoreCase(owner)).toList();
        if (campaign.getLevel() == ClusterLevel.PROVINCIAL && !found.isEmpty()) {
            // internal clusters: only those of this campaign (a union's own, or every union's in a national campaign)
            var ofCampaign = new java.util.HashSet<>(data.clusterIdsAmong(campaign.getId(), found.stream().map(ClusterName::id).toList()));
            found = found.stream().filter(c -> ofCampaign.contains(c.id())).toList();
        }
        if (found.size() > 1) {
            throw new BusinessRuleException("result.cluster.ambiguous", code,
                    String.join(", ", found.stream().map(Results::qualifiedCode).sorted().toList()));
        }
        return found.stream().findFirst().orElseThrow(() -> new NotFoundException("cluster", trimmed));
    }

    /** How a cluster is addressed whatever the campaign: VUSTA's by its code, an internal one by its union's code and its own. */
    static String qualifiedCode(ClusterName c) {
        return c.level() == ClusterLevel.PROVINCIAL && c.owner() != null ? c.owner().code() + "/" + c.code() : c.code();
    }

    /** The cluster in which a unit holds a sheet of the campaign (its own table by default). */
    public java.util.Optional<Long> clusterOfUnit(Campaign campaign, Long unitId) {
        return unitId == null ? java.util.Optional.empty() : data.clusterOfUnit(campaign.getId(), unitId);
    }

    public LeagueTable leagueTable(Campaign campaign, ClusterView cluster) {
        return leagueTable(campaign, new ClusterName(cluster.id(), cluster.code(), cluster.year(), cluster.name(), cluster.level(), cluster.owner()));
    }

    /**
     * The league table of {@code cluster}. A published one can no longer change (its scores are final and frozen), so it
     * is kept with the reference data like {@link #clustersOf}: the units' names in it follow a unit write at once.
     */
    public LeagueTable leagueTable(Campaign campaign, ClusterName cluster) {
        if (!campaign.isPublished()) return computeLeagueTable(campaign, cluster);
        return cache.get(new PublishedTable(campaign.getId(), campaign.getVersion(), cluster), () -> computeLeagueTable(campaign, cluster));
    }

    private record PublishedTable(long campaignId, long campaignVersion, ClusterName cluster) {}

    private LeagueTable computeLeagueTable(Campaign campaign, ClusterName cluster) {
        var tree = tree(campaign);
        var points = data.ofCluster(campaign.getId(), cluster.id());
        var unitMap = units.byIds(points.stream().map(ResultData.SheetPoints::unitId).toList());
        var byName = VietnameseText.<ResultData.SheetPoints>byName(p -> name(unitMap.get(p.unitId())));
        var sorted = points.stream().sorted(byName).toList();
        var standings = ResultData.standings(tree, sorted);
        var places = Ranking.rank(standings, TieBreak.of(campaign.getTieBreak()));
        var status = sorted.stream().collect(java.util.stream.Collectors.toMap(ResultData.SheetPoints::unitId, ResultData.SheetPoints::status));
        var rows = places.stream().map(p -> {
            var s = p.standing();
            // a draft's self-assessment is the unit's own until submitted: the provisional table leaves it blank
            var self = status.get(s.unitId()) == vn.vusta.thidua.campaign.assessment.ScoreSheetStatus.DRAFT ? null : s.self();
            return new LeagueTable.Row(p.rank(), p.shared(), unit(unitMap, s.unitId()), self, s.review(), s.fin(), s.groups(),
                    status.get(s.unitId()));
        }).toList();
        return new LeagueTable(campaign.getId(), campaign.getYear(), campaign.getName(), campaign.isPublished(),
                TieBreak.of(campaign.getTieBreak()), cluster.id(), cluster.code(), cluster.name(), owner(cluster.owner()), tree.groups(), tree.maxTotal(), rows);
    }

    /**
     * The campaign's sheet as the totals need it. A locked sheet (one that a published result uses) never changes again,
     * so its tree is kept after the first read: a published league table reads no sheet.
     */
    TotalsTree tree(Campaign campaign) {
        var id = campaign.getScoringSheetId();
        if (id == null) return new TotalsTree(List.of(), java.math.BigDecimal.ZERO);
        var kept = lockedTrees.get(id);
        if (kept != null) return kept;
        var sheet = sheets.withCriteria(id).orElseThrow();
        var tree = TotalsTree.of(sheet);
        if (sheet.isLocked()) lockedTrees.put(id, tree);
        return tree;
    }

    private static LeagueTable.Unit owner(vn.vusta.thidua.cluster.UnitRef u) {
        return u == null ? null : new LeagueTable.Unit(u.id(), u.code(), u.name(), u.shortName());
    }

    private static String name(UnitSummary u) { return u == null ? "" : u.shortName(); }

    static LeagueTable.Unit unit(Map<Long, UnitSummary> map, long id) {
        var u = map.get(id);
        return u == null ? new LeagueTable.Unit(id, "?", "?", "?") : new LeagueTable.Unit(u.id(), u.code(), u.name(), u.shortName());
    }
}
