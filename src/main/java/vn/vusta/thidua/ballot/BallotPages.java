package vn.vusta.thidua.ballot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.ActorContext;

/**
 * The ballot's pages: the managers' page (how many have voted, never who chose what; open, close, paper count,
 * re-vote, publication), the delegate's ballot paper and receipt, and the result with the receipt check. The
 * receipt's tracker travels only in the body of the answer to the vote (never a redirect, URL, session or log); the
 * check sends it in a POST body for the same reason.
 */
@Controller
class BallotPages {
    private final Ballots ballots;
    private final BallotPolicy policy;
    private final BallotPageModel pages;
    private final ActorContext actors;
    private final Messages messages;

    BallotPages(Ballots ballots, BallotPolicy policy, BallotPageModel pages, ActorContext actors, Messages messages) {
        this.ballots = ballots;
        this.policy = policy;
        this.pages = pages;
        this.actors = actors;
        this.messages = messages;
    }

    private BallotView ballot(long id) { return ballots.find(id).orElseThrow(() -> new NotFoundException("ballot", id)); }

    @PreAuthorize("@ballotPolicy.mayManage(#id)")
    @GetMapping("/ballots/{id}")
    String manage(@PathVariable long id, Model model) {
        var ballot = ballot(id);
        pages.ballot(model, ballot);
        if (ballot.isClosed()) withResult(model, ballot, ballots.result(id), true);
        model.addAttribute("mayVote", policy.mayVote(id));
        return "ballot/manage";
    }

    @PreAuthorize("@ballotPolicy.mayManage(#id)")
    @PostMapping("/ballots/{id}/open")
    String open(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> ballots.open(id), "ballot.opened");
    }

    @PreAuthorize("@ballotPolicy.mayManage(#id)")
    @PostMapping("/ballots/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> ballots.close(id), "ballot.closed");
    }

    @PreAuthorize("@ballotPolicy.mayManage(#id)")
    @PostMapping("/ballots/{id}/paper")
    String paper(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            var ballot = ballot(id);
            var counts = new ArrayList<PaperCounts.Count>();
            for (var c : ballot.candidates()) {
                counts.add(new PaperCounts.Count(c.id(), number(form, "yes_" + c.id()), number(form, "no_" + c.id()), number(form, "abstain_" + c.id())));
            }
            ballots.enterPaperCounts(id, new PaperCounts(number(form, "cast"), number(form, "invalid"), counts));
        }, "ballot.paper.saved");
    }

    @PreAuthorize("@ballotPolicy.mayManage(#id)")
    @PostMapping("/ballots/{id}/revote")
    String revote(@PathVariable long id, RedirectAttributes redirect) {
        try {
            long again = ballots.revote(id);
            redirect.addFlashAttribute("success", messages.get("ballot.revote.created"));
            return "redirect:/ballots/" + again;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", messages.of(e));
            return "redirect:/ballots/" + id;
        }
    }

    @PreAuthorize("@ballotPolicy.mayManage(#id)")
    @PostMapping("/ballots/{id}/publication")
    String publication(@PathVariable long id, @RequestParam(required = false) String publication, @RequestParam(defaultValue = "false") boolean resultPublic,
                       @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            if (version == null) throw new vn.vusta.thidua.common.ConcurrentEditException();
            Publication choice;
            try {
                choice = Publication.valueOf(publication == null ? "" : publication);
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleException("ballot.publish.notClosed");
            }
            ballots.publish(id, choice, resultPublic, version);
        }, "ballot.publication.saved");
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String success) {
        try {
            action.run();
            redirect.addFlashAttribute("success", messages.get(success));
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/ballots/" + id;
    }

    private static int number(MultiValueMap<String, String> form, String name) {
        var value = form.getFirst(name);
        if (value == null || value.isBlank()) return 0;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("ballot.paper.negative");
        }
    }

    @PreAuthorize("@ballotPolicy.mayVote(#id)")
    @GetMapping("/ballots/{id}/vote")
    String votePage(@PathVariable long id, Model model) {
        return paperPage(ballot(id), model);
    }

    private String paperPage(BallotView ballot, Model model) {
        pages.ballot(model, ballot);
        long unit = actors.current().unitId();
        model.addAttribute("voterUnitId", unit);
        model.addAttribute("hasVoted", ballots.hasVoted(ballot.id(), unit));
        model.addAttribute("ranks", java.util.stream.IntStream.rangeClosed(1, ballot.candidates().size()).boxed().toList());
        return "ballot/vote";
    }

    /** Casts the signed-in delegate's ballot for their unit; the answer (not a redirect) carries the receipt, once. */
    @PreAuthorize("@ballotPolicy.mayVote(#id)")
    @PostMapping("/ballots/{id}/vote")
    String vote(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        var ballot = ballot(id);
        long unit = actors.current().unitId();
        response.setHeader("Cache-Control", "no-store");
        try {
            var receipt = ballots.cast(id, unit, choices(ballot, form));
            pages.ballot(model, ballot);
            model.addAttribute("tracker", receipt.tracker());
            model.addAttribute("choicesText", pages.readable(ballot, receipt.choices()));
            return "ballot/receipt";
        } catch (BusinessRuleException e) {
            model.addAttribute("error", messages.of(e)); // answered 422 by RefusedFormStatus
            return paperPage(ballots.find(id).orElseThrow(), model);
        }
    }

    static Choices choices(BallotView ballot, MultiValueMap<String, String> form) {
        return switch (ballot.kind()) {
            case CHOOSE_UP_TO_K -> Choices.select(ids(form.getOrDefault("choice", List.of())));
            case YES_NO_ABSTAIN -> {
                var answers = new HashMap<Long, Choices.Answer>();
                for (var c : ballot.candidates()) {
                    var v = form.getFirst("answer_" + c.id());
                    if (v != null && !v.isBlank()) answers.put(c.id(), answer(v));
                }
                yield Choices.answers(answers);
            }
            case RANKED_CHOICE -> {
                var byRank = new TreeMap<Integer, Long>();
                for (var c : ballot.candidates()) {
                    var v = form.getFirst("rank_" + c.id());
                    if (v == null || v.isBlank()) continue;
                    int rank;
                    try {
                        rank = Integer.parseInt(v.strip());
                    } catch (NumberFormatException e) {
                        throw new BusinessRuleException("ballot.choice.unknown");
                    }
                    if (byRank.put(rank, c.id()) != null) throw new BusinessRuleException("ballot.vote.rankDuplicate");
                }
                yield Choices.ranked(new ArrayList<>(byRank.values()));
            }
        };
    }

    private static Choices.Answer answer(String v) {
        try {
            return Choices.Answer.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("ballot.choice.unknown");
        }
    }

    private static List<Long> ids(List<String> values) {
        var out = new ArrayList<Long>();
        for (var v : values) {
            try {
                out.add(Long.valueOf(v.strip()));
            } catch (NumberFormatException e) {
                throw new BusinessRuleException("ballot.choice.unknown");
            }
        }
        return out;
    }

    @PreAuthorize("@ballotPolicy.mayViewResult(#id)")
    @GetMapping("/ballots/{id}/result")
    String result(@PathVariable long id, Model model) {
        var ballot = ballot(id);
        boolean manager = policy.mayManage(id);
        withResult(model, ballot, ballots.result(id), policy.mayViewBox(id));
        model.addAttribute("mayManage", manager);
        return "ballot/result";
    }

    /** The result, and for a tie the re-vote made of it (if any), which the tie's page links to instead of offering another. */
    private void withResult(Model model, BallotView ballot, BallotResult result, boolean detail) {
        pages.result(model, ballot, result, detail);
        boolean tie = result.outcome() == Outcome.REVOTE_NEEDED || result.outcome() == Outcome.UNRESOLVED_TIE;
        model.addAttribute("tie", tie);
        model.addAttribute("revoteId", tie ? ballots.revoteOf(ballot.id()).orElse(null) : null);
    }

    /** The voter's check: is a ballot with my tracker in the sealed box, with my choices? (POST: the tracker stays out of URLs.) */
    @PreAuthorize("@ballotPolicy.mayViewResult(#id)")
    @PostMapping("/ballots/{id}/verify")
    String verify(@PathVariable long id, @RequestParam(required = false) String tracker, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        var ballot = ballot(id);
        var found = ballots.verify(id, tracker);
        model.addAttribute("verified", found.map(c -> messages.get("ballot.verify.found", pages.readable(ballot, c)))
                .orElse(messages.get("ballot.verify.missing")));
        model.addAttribute("verifiedFound", found.isPresent());
        return result(id, model);
    }

}
