package vn.vusta.thidua.campaign.assessment;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.campaign.CampaignOpened;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.sheet.Criterion;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.NotFoundException;

/**
 * When a campaign opens, every member unit of every cluster it covers gets its score sheet, one entry per criterion
 * that takes a value. Idempotent: run again (the listener re-delivered, the office's "create missing sheets"), it adds
 * only the sheets still missing, e.g. of a unit added to a cluster later. Creators queue on the campaign's row, and
 * the (campaign, unit) constraint stands behind that.
 */
@Service
public class ScoreSheetCreation {
    private final Campaigns campaigns;
    private final ScoringSheets scoringSheets;
    private final ScoreSheets sheets;
    private final ClusterQueries clusters;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;

    ScoreSheetCreation(Campaigns campaigns, ScoringSheets scoringSheets, ScoreSheets sheets, ClusterQueries clusters,
                       AuditTrail audit, JdbcTemplate jdbc) {
        this.campaigns = campaigns;
        this.scoringSheets = scoringSheets;
        this.sheets = sheets;
        this.clusters = clusters;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(CampaignOpened event) { createMissing(event.campaignId()); }

    /** Creates the sheets still missing; returns how many it created. */
    @Transactional
    public int createMissing(long campaignId) {
        jdbc.queryForList("select id from campaign where id = ? for update", Long.class, campaignId);
        var campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        if (!campaign.getStatus().acceptsWork()) throw new BusinessRuleException("scoreSheet.create.notOpen");
        var tree = scoringSheets.withCriteria(campaign.getScoringSheetId()).orElseThrow(() -> new NotFoundException("sheet", campaign.getScoringSheetId()));
        var leaves = tree.leaves().stream().map(Criterion::getId).toList();
        var present = new HashSet<>(sheets.unitIdsOf(campaignId));
        present.addAll(sheets.carriedFromIdsOf(campaignId));
        var created = new LinkedHashMap<String, Object>();
        for (var cluster : clusters.ofScope(campaign.getYear(), campaign.getLevel(), campaign.getKind(), campaign.getOwnerUnitId())) {
            for (var member : cluster.members()) {
                if (!present.add(member.unit().id())) continue;
                sheets.save(new ScoreSheet(campaignId, cluster.id(), member.unit().id(), leaves));
                created.put(member.unit().code(), cluster.code());
            }
        }
        if (!created.isEmpty()) {
            audit.record("SCORE_SHEETS_CREATED", "campaign", campaignId, "Tạo " + created.size() + " phiếu chấm điểm cho đợt "
                    + campaign.getName(), null, Map.of("units", created));
        }
        return created.size();
    }
}
