package vn.vusta.thidua.cluster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.thidua.common.RequestBodies;
import vn.vusta.thidua.identity.ActorContext;

/**
 * Cluster composition is public (principle of publicity); recording leadership needs the right account. The data
 * version, which only a writer needs, goes to signed-in callers only.
 */
@Tag(name = "Cụm thi đua", description = "Cụm, khối thi đua theo năm; cụm trưởng, cụm phó và luân phiên")
@RestController
@RequestMapping("/api/v1/clusters")
class ClusterApi {
    private final ClusterQueries queries;
    private final ClusterService service;
    private final Rotation rotation;
    private final Clock clock;

    private final ActorContext actors;
    private final RequestBodies bodies;

    ClusterApi(ClusterQueries queries, ClusterService service, Rotation rotation, Clock clock, ActorContext actors,
               RequestBodies bodies) {
        this.bodies = bodies;
        this.clock = clock;
        this.actors = actors;
        this.queries = queries;
        this.service = service;
        this.rotation = rotation;
    }

    record Ref(long id, String code, String name) {
        static Ref of(UnitRef u) { return u == null ? null : new Ref(u.id(), u.code(), u.name()); }
    }

    record ClusterDto(long id, String code, String name, int year, ClusterKind kind, ClusterLevel level,
                      boolean membershipConfirmed, List<Ref> members, Ref head, Ref deputy, String supervisorName,
                      String leadershipRef, LocalDate leadershipDate,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Long version) {
        static ClusterDto of(ClusterView v, boolean withVersion) {
            return new ClusterDto(v.id(), v.code(), v.name(), v.year(), v.kind(), v.level(), v.membershipConfirmed(),
                    v.members().stream().map(m -> Ref.of(m.unit())).toList(), Ref.of(v.head()), Ref.of(v.deputy()),
                    v.supervisorName(), v.leadershipRef(), v.leadershipDate(), withVersion ? v.version() : null);
        }
    }

    record HeadDto(String clusterCode, LocalDate date, Ref head) {}

    record ProposalDto(Ref head, String headReason, Ref deputy, String deputyReason) {}

    @Operation(summary = "Các cụm thi đua của VUSTA trong một năm (mặc định: năm hiện hành có dữ liệu)")
    @PreAuthorize("permitAll()")
    @GetMapping
    List<ClusterDto> ofYear(@RequestParam(required = false) Integer year) {
        boolean signedIn = actors.current().isAuthenticated();
        return queries.ofYear(year == null ? queries.defaultYear() : year).stream().map(v -> ClusterDto.of(v, signedIn)).toList();
    }

    @Operation(summary = "Đơn vị làm cụm trưởng của cụm vào một ngày")
    @PreAuthorize("permitAll()")
    @GetMapping("/{code}/head")
    HeadDto headOn(@PathVariable String code, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        var day = date == null ? LocalDate.now(clock) : date;
        return new HeadDto(code, day, queries.headOn(code, day).map(Ref::of).orElse(null));
    }

    @Operation(summary = "Đề xuất luân phiên cụm trưởng, cụm phó cho năm của cụm", security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("@clusterPolicy.mayViewRotationProposal(#id)")
    @GetMapping("/{id}/rotation-proposal")
    ProposalDto proposal(@PathVariable long id) {
        var view = queries.get(id);
        var p = rotation.propose(id);
        return new ProposalDto(ref(view, p.head()), p.head() == null ? null : p.head().reason().name(),
                ref(view, p.deputy()), p.deputy() == null ? null : p.deputy().reason().name());
    }

    @Operation(summary = "Ghi nhận cụm trưởng, cụm phó (Văn phòng hoặc cụm trưởng năm trước)", security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("@clusterPolicy.mayRecordLeadership(#id)")
    @PostMapping("/{id}/leadership")
    ClusterDto recordLeadership(@PathVariable long id, @RequestBody LeadershipForm form) throws BindException {
        bodies.validate(form);
        service.recordLeadership(id, form);
        return ClusterDto.of(queries.get(id), true);
    }

    private static Ref ref(ClusterView view, RotationPolicy.Pick pick) {
        if (pick == null) return null;
        return view.members().stream().filter(m -> m.unit().id() == pick.unitId()).findFirst().map(m -> Ref.of(m.unit())).orElse(null);
    }
}
