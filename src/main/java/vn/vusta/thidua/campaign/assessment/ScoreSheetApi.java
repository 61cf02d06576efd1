package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.thidua.common.RequestBodies;

/** Score sheets for integration and scripts, scoped as the pages are (an account is needed). */
@RestController
@RequestMapping("/api/v1/score-sheets")
class ScoreSheetApi {
    private final SheetView view;
    private final SelfAssessment self;
    private final Review review;
    private final RequestBodies bodies;

    ScoreSheetApi(SheetView view, SelfAssessment self, Review review, RequestBodies bodies) {
        this.bodies = bodies;
        this.view = view;
        this.self = self;
        this.review = review;
    }

    record EntryJson(long criterionId, String code, String name, String type, BigDecimal maxPoints, boolean evidenceRequired,
                     BigDecimal target, BigDecimal selfValue, BigDecimal selfScore, String selfComment, BigDecimal reviewValue,
                     BigDecimal reviewScore, String reviewComment, BigDecimal finalScore, String finalNote, List<String> evidence) {}

    record SheetJson(long id, long version, long campaignId, long clusterId, String clusterCode, Unit unit, Unit carriedFrom, String status,
                     String statusReason, Instant submittedAt, Instant reviewedAt, BigDecimal selfTotal, BigDecimal reviewTotal,
                     BigDecimal finalTotal, List<EntryJson> entries) {}

    record Unit(long id, String code, String name) {}

    record ValueJson(@NotNull Long criterionId, BigDecimal value, @Size(max = 4000) String comment) {}

    record ValuesJson(@NotNull Long version, @NotNull @Valid List<ValueJson> entries) {
        List<EntryInput> inputs() { return entries.stream().map(v -> new EntryInput(v.criterionId(), v.value(), v.comment())).toList(); }
    }

    record VersionJson(@NotNull Long version) {}

    record ReturnJson(@NotNull Long version, @NotNull @Size(min = 1, max = 2000) String reason) {}

    @PreAuthorize("@scoreSheetPolicy.mayView(#id)")
    @GetMapping("/{id}")
    SheetJson get(@PathVariable long id) { return json(id); }

    @PreAuthorize("@scoreSheetPolicy.mayEdit(#id)")
    @PutMapping("/{id}/values")
    SheetJson values(@PathVariable long id, @RequestBody ValuesJson body) throws BindException {
        bodies.validate(body);
        self.save(id, body.version(), body.inputs());
        return json(id);
    }

    @PreAuthorize("@scoreSheetPolicy.mayEdit(#id)")
    @PostMapping("/{id}/submit")
    SheetJson submit(@PathVariable long id, @RequestBody VersionJson body) throws BindException {
        bodies.validate(body);
        self.submit(id, body.version(), List.of());
        return json(id);
    }

    @PreAuthorize("@scoreSheetPolicy.mayReview(#id)")
    @PutMapping("/{id}/review")
    SheetJson reviewValues(@PathVariable long id, @RequestBody ValuesJson body) throws BindException {
        bodies.validate(body);
        review.save(id, body.version(), body.inputs());
        return json(id);
    }

    @PreAuthorize("@scoreSheetPolicy.mayReview(#id)")
    @PostMapping("/{id}/review/complete")
    SheetJson complete(@PathVariable long id, @RequestBody VersionJson body) throws BindException {
        bodies.validate(body);
        review.complete(id, body.version());
        return json(id);
    }

    @PreAuthorize("@scoreSheetPolicy.mayReview(#id)")
    @PostMapping("/{id}/return")
    SheetJson returnToUnit(@PathVariable long id, @RequestBody ReturnJson body) throws BindException {
        bodies.validate(body);
        review.returnToUnit(id, body.version(), body.reason());
        return json(id);
    }

    private SheetJson json(long id) {
        var p = view.of(id);
        var s = p.sheet();
        var entries = p.rows().stream().filter(r -> !r.group()).map(r -> {
            var c = r.criterion();
            var e = r.entry();
            return new EntryJson(c.getId(), c.getCode(), c.getName(), c.getType().name(), c.getMaxPoints(), c.isEvidenceRequired(), r.target(),
                    e == null ? null : e.getSelfValue(), r.points() == null ? null : r.points().self(), e == null ? null : e.getSelfComment(),
                    e == null ? null : e.getReviewValue(), r.points() == null ? null : r.points().review(), e == null ? null : e.getReviewComment(),
                    r.points() == null ? null : r.points().fin(), e == null ? null : e.getFinalNote(),
                    r.files().stream().map(f -> "/score-sheets/" + s.getId() + "/evidence/" + f.getId()).toList());
        }).toList();
        var t = p.totals().total();
        return new SheetJson(s.getId(), s.getVersion(), s.getCampaignId(), s.getClusterId(), p.cluster().code(),
                new Unit(p.unit().id(), p.unit().code(), p.unit().name()),
                p.carriedFrom() == null ? null : new Unit(p.carriedFrom().id(), p.carriedFrom().code(), p.carriedFrom().name()),
                s.getStatus().name(), s.getStatusReason(), s.getSubmittedAt(), s.getReviewedAt(), t.self(), t.review(), t.fin(), entries);
    }
}
