package vn.vusta.thidua.ballot;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.vusta.thidua.common.NotFoundException;

/**
 * A ballot and, once closed, its sealed box: for the managers, the electorate's officers and the Presidium member in
 * charge, and for everyone when the managers made the result public. The box lists entries by tracker, an order that
 * says nothing about the order of casting, so that anyone allowed can recount the tally and recompute the seal.
 */
@Tag(name = "Bỏ phiếu kín", description = "Cuộc bỏ phiếu kín và hòm phiếu đã niêm phong (kiểm phiếu lại được)")
@RestController
class BallotApi {
    private final Ballots ballots;

    BallotApi(Ballots ballots) { this.ballots = ballots; }

    record CandidateDto(long id, String label) {}

    record RuleDto(Threshold threshold, Denominator denominator, boolean selfVoteAllowed, List<TieBreakStep> tieBreaks) {}

    record BallotDto(long id, String question, BallotKind kind, int maxChoices, BallotStatus status, boolean paper, List<CandidateDto> candidates,
                     RuleDto rule, int electorateSize, int votedCount, int membersCount, int presentCount) {}

    record EntryDto(String tracker, String choices) {}

    record TallyDto(long candidateId, int votes, int no, int abstain) {}

    record BoxDto(long ballotId, String sealHash, boolean paper, Integer paperCast, Integer paperInvalid, List<EntryDto> entries,
                  List<TallyDto> tally, Outcome outcome, List<Long> winners, List<Long> tied) {}

    @Operation(summary = "Một cuộc bỏ phiếu kín: nội dung, loại phiếu, ứng viên, nguyên tắc quyết định, số đơn vị đã bỏ phiếu")
    @SecurityRequirement(name = "basic")
    @PreAuthorize("@ballotPolicy.mayView(#id)")
    @GetMapping("/api/v1/ballots/{id}")
    BallotDto ballot(@PathVariable long id) {
        var b = ballots.find(id).orElseThrow(() -> new NotFoundException("ballot", id));
        var r = b.rule();
        return new BallotDto(b.id(), b.question(), b.kind(), b.maxChoices(), b.status(), b.paper(),
                b.candidates().stream().map(c -> new CandidateDto(c.id(), c.label())).toList(),
                new RuleDto(r.threshold(), r.denominator(), r.selfVoteAllowed(), r.tieBreaks()), b.electorateSize(), b.votedCount(),
                b.membersCount(), b.presentCount());
    }

    @Operation(summary = "Hòm phiếu đã niêm phong: các phiếu (mã phiếu, lựa chọn) theo thứ tự mã phiếu, số phiếu từng ứng viên, kết quả",
            description = "Entries are sorted by tracker (random, unrelated to the order of casting). Recount: for choose-up-to-k "
                    + "count each candidate id in the entries' choices; yes/no/abstain count Y, N and A per candidate; ranked choice "
                    + "run an instant run-off on the preference lists. " + Seal.FORMULA)
    @SecurityRequirement(name = "basic")
    @PreAuthorize("@ballotPolicy.mayViewBox(#id)")
    @GetMapping("/api/v1/ballots/{id}/box")
    BoxDto box(@PathVariable long id) {
        var view = ballots.find(id).orElseThrow(() -> new NotFoundException("ballot", id));
        var result = ballots.result(id);
        var entries = ballots.entries(id).stream().map(e -> new EntryDto(e.tracker(), e.choices())).toList();
        return new BoxDto(id, result.sealHash(), result.paper(), result.paper() ? result.valid() + result.invalid() : null,
                result.paper() ? result.invalid() : null, entries,
                result.tally().stream().map(t -> new TallyDto(t.candidateId(), t.votes(), t.no(), t.abstain())).toList(),
                result.outcome(), result.winners(), result.tied());
    }
}
