package vn.vusta.thidua.meeting;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.thidua.ballot.BallotKind;
import vn.vusta.thidua.ballot.BallotPurpose;
import vn.vusta.thidua.ballot.DecisionRule;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;

/** New secret ballots of a meeting: the year-end summary's ready-made ones, or one the manager words. Run on the ballot's own page. */
@Controller
class MeetingBallotPages {
    private final MeetingBallots ballots;
    private final MeetingPage page;
    private final Messages messages;

    MeetingBallotPages(MeetingBallots ballots, MeetingPage page, Messages messages) {
        this.ballots = ballots;
        this.page = page;
        this.messages = messages;
    }

    /** Rule presets offered in the form (the ballot module's). */
    enum RulePreset {
        MAJORITY_OF_VOTES_CAST, MAJORITY_OF_MEMBERS_PRESENT, TWO_THIRDS_OF_MEMBERS_PRESENT, NINETY_PERCENT_OF_ALL_MEMBERS, PLURALITY;

        DecisionRule rule() {
            return switch (this) {
                case MAJORITY_OF_VOTES_CAST -> DecisionRule.majorityOfVotesCast();
                case MAJORITY_OF_MEMBERS_PRESENT -> DecisionRule.majorityOfMembersPresent();
                case TWO_THIRDS_OF_MEMBERS_PRESENT -> DecisionRule.twoThirdsOfMembersPresent();
                case NINETY_PERCENT_OF_ALL_MEMBERS -> DecisionRule.ninetyPercentOfAllMembers();
                case PLURALITY -> DecisionRule.plurality();
            };
        }
    }

    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}/ballots/preset")
    String preset(@PathVariable long id, @RequestParam(required = false) BallotPurpose purpose,
                  @RequestParam(required = false) RulePreset rule, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "ballot-preset", params, model, response, redirect, () -> {
            if (purpose == null || purpose == BallotPurpose.OTHER) throw new BusinessRuleException("meeting.ballot.presetInvalid");
            long ballot = ballots.createPreset(id, purpose, rule == null ? null : rule.rule());
            return messages.get("meeting.ballot.created", ballot);
        });
    }

    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}/ballots")
    String custom(@PathVariable long id, @RequestParam(required = false) String question, @RequestParam(required = false) BallotKind kind,
                  @RequestParam(required = false) Integer maxChoices, @RequestParam(required = false) List<Long> candidates,
                  @RequestParam(required = false) RulePreset rule, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "ballot-custom", params, model, response, redirect, () -> {
            long ballot = ballots.createCustom(id, question, kind, maxChoices == null ? 1 : maxChoices, candidates,
                    (rule == null ? RulePreset.MAJORITY_OF_VOTES_CAST : rule).rule());
            return messages.get("meeting.ballot.created", ballot);
        });
    }

    /** Done: back to the ballots with the message. Refused: the meeting's page again with the reason (422, 409) and the typed input kept. */
    private String act(long id, String form, MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                       RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("success", action.get());
            return "redirect:/meetings/" + id + "#ballots";
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return page.refused(id, e, form, params, model, response);
        }
    }
}
