package vn.vusta.thidua.campaign;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import vn.vusta.thidua.campaign.ranking.TieBreak;
import vn.vusta.thidua.cluster.ClusterKind;

/**
 * A campaign as prepared on its form and in the API: name, year and kind of clusters (fixed once created), the
 * scoring sheet, the deadlines, the review mode and tie-break rule. {@code version} is the data version edited.
 */
record CampaignForm(Long version,
                    @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.maxLength}") String name,
                    @NotNull(message = "{validation.required}") @Min(value = 2000, message = "{validation.year}") @Max(value = 2100, message = "{validation.year}") Integer year,
                    ClusterKind kind,
                    Long scoringSheetId,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate registration,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate sixMonth,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate nineMonth,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate selfAssessment,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate review,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate explanationFrom,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate explanationUntil,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate publication,
                    ReviewMode reviewMode,
                    @Schema(description = "Cách xếp hạng khi bằng tổng điểm; mặc định GROUPS_IN_ORDER",
                            allowableValues = {"GROUPS_IN_ORDER", "FEWER_PENALTIES", "REVIEW_THEN_SELF", "SHARED"})
                    @Size(max = 40, message = "{validation.maxLength}") String tieBreak) {

    /** The tie-break rules a campaign may choose: every rule the ranking applies ({@link TieBreak}), in its order. */
    static final java.util.List<String> TIE_BREAKS = java.util.Arrays.stream(TieBreak.values()).map(Enum::name).toList();

    Deadlines deadlines() {
        return new Deadlines(registration, sixMonth, nineMonth, selfAssessment, review, explanationFrom, explanationUntil, publication);
    }

    static CampaignForm of(Campaign c) {
        var d = c.deadlines();
        return new CampaignForm(c.getVersion(), c.getName(), c.getYear(), c.getKind(), c.getScoringSheetId(), d.registration(),
                d.sixMonth(), d.nineMonth(), d.selfAssessment(), d.review(), d.explanationFrom(), d.explanationUntil(),
                d.publication(), c.getReviewMode(), c.getTieBreak());
    }

    /** A new campaign for a year: the usual rhythm of the cluster year as a starting point, every date editable. */
    static CampaignForm proposal(int year, ClusterKind kind) {
        return new CampaignForm(null, null, year, kind, null, LocalDate.of(year, 3, 31), LocalDate.of(year, 7, 15),
                LocalDate.of(year, 10, 15), LocalDate.of(year, 11, 20), LocalDate.of(year, 12, 5), LocalDate.of(year, 12, 6),
                LocalDate.of(year, 12, 15), LocalDate.of(year, 12, 25), ReviewMode.HEAD, "GROUPS_IN_ORDER");
    }
}
