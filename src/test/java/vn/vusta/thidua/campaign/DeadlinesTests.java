package vn.vusta.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;

class DeadlinesTests {
    static LocalDate d(int m, int day) { return LocalDate.of(2026, m, day); }

    @Test
    void deadlinesMustFollowTheYearsOrderWhereSet() {
        new Deadlines(d(3, 31), null, d(9, 30), null, null, null, null, null).checkOrder();
        assertThatThrownBy(() -> new Deadlines(d(3, 31), d(2, 1), null, null, null, null, null, null).checkOrder())
                .hasMessage("campaign.deadline.order");
    }

    @Test
    void aCampaignOpensOnlyWithASheetAndEveryDeadline() {
        var c = new Campaign(2026, "Thi đua 2026", ClusterLevel.VUSTA, ClusterKind.CLUSTER, 1);
        assertThatThrownBy(() -> c.open("x", null)).hasMessage("campaign.open.noSheet");
        c.useSheet(5);
        c.schedule(new Deadlines(d(3, 31), d(6, 30), null, null, null, null, null, null));
        assertThatThrownBy(() -> c.open("x", null)).hasMessage("campaign.open.deadlinesMissing");
        c.schedule(new Deadlines(d(3, 31), d(6, 30), d(9, 30), d(11, 30), d(12, 10), d(12, 11), d(12, 20), d(12, 31)));
        c.open("x", null);
        assertThat(c.getStatus()).isEqualTo(CampaignStatus.OPEN);
        assertThatThrownBy(() -> c.useSheet(6)).hasMessage("campaign.sheet.fixed");
        c.publish("x", null);
        assertThatThrownBy(() -> c.rename("khác")).hasMessage("campaign.published.readOnly");
    }
}
