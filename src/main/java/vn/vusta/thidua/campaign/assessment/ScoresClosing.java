package vn.vusta.thidua.campaign.assessment;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.CampaignStatus;
import vn.vusta.thidua.campaign.Campaigns;

/**
 * The scheduled "chốt điểm": every night, the open campaigns whose explanation window has closed get their
 * uncontested sheets finalised. Safe on two nodes at once: each sheet moves by a conditional update
 * ({@link ExplanationWindow#closeScores}), so a sheet is finalised and audited once.
 */
@Component
class ScoresClosing {
    private static final Logger log = LoggerFactory.getLogger(ScoresClosing.class);
    private final Campaigns campaigns;
    private final ExplanationWindow window;
    private final TransactionTemplate tx;
    private final Clock clock;

    ScoresClosing(Campaigns campaigns, ExplanationWindow window, TransactionTemplate tx, Clock clock) {
        this.campaigns = campaigns;
        this.window = window;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${thidua.assessment.close-scores-cron:0 30 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    void closeOverdue() {
        var today = LocalDate.now(clock);
        for (var campaign : campaigns.findAll()) {
            var until = campaign.deadlines().explanationUntil();
            if (campaign.getStatus() != CampaignStatus.OPEN || until == null || !today.isAfter(until)) continue;
            Integer done = tx.execute(s -> window.closeScores(campaign));
            if (done != null && done > 0) log.info("Chốt điểm: {} phiếu của đợt {} (hết thời hạn giải trình)", done, campaign.getId());
        }
    }
}
