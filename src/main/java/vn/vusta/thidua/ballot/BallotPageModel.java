package vn.vusta.thidua.ballot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vusta.thidua.common.Messages;

/** What the ballot pages show, in the user's language: the rule stated exactly, the outcome, readable choices. */
@Component
class BallotPageModel {
    private final Messages messages;

    BallotPageModel(Messages messages) { this.messages = messages; }

    void ballot(Model model, BallotView ballot) {
        model.addAttribute("ballot", ballot);
        model.addAttribute("labels", labels(ballot));
        model.addAttribute("ruleLines", ruleLines(ballot, null));
        model.addAttribute("kindText", messages.get("ballot.kind." + ballot.kind(), ballot.maxChoices()));
    }

    void result(Model model, BallotView ballot, BallotResult result, boolean detail) {
        ballot(model, ballot);
        model.addAttribute("ruleLines", ruleLines(ballot, result));
        model.addAttribute("result", result);
        model.addAttribute("detail", detail);
        model.addAttribute("outcomeText", outcome(ballot, result));
        model.addAttribute("warnTiny", revealing(ballot, result));
        var notes = new ArrayList<String>();
        var labels = labels(ballot);
        for (var n : result.tieBreaks()) {
            var facts = n.facts().stream().map(f -> labels.get(f.candidateId()) + ": " + (f.value() == null ? messages.get("ballot.fact.none") : f.value()))
                    .collect(Collectors.joining("; "));
            notes.add(messages.get("ballot.tieBreak." + n.step()) + " – " + messages.get("ballot.effect." + n.effect()) + (facts.isEmpty() ? "" : " (" + facts + ")"));
        }
        model.addAttribute("tieBreakNotes", notes);
        model.addAttribute("tiedText", tied(ballot, result));
    }

    static Map<Long, String> labels(BallotView ballot) {
        var out = new LinkedHashMap<Long, String>();
        ballot.candidates().forEach(c -> out.put(c.id(), c.label()));
        return out;
    }

    /** The rule as the page states it; with a result, the denominator's value and the votes needed. */
    List<String> ruleLines(BallotView ballot, BallotResult result) {
        var rule = ballot.rule();
        var lines = new ArrayList<String>();
        if (rule.threshold() == Threshold.PLURALITY) {
            lines.add(messages.get("ballot.rule.plurality"));
        } else {
            String threshold = messages.get("ballot.threshold." + rule.threshold());
            String denominator = messages.get("ballot.denominator." + rule.denominator());
            lines.add(messages.get("ballot.rule.statement", threshold, denominator));
            Integer value = switch (rule.denominator()) {
                case VOTES_CAST -> result == null ? null : result.denominator();
                case MEMBERS_PRESENT -> ballot.presentCount();
                case ALL_MEMBERS -> ballot.membersCount();
            };
            if (value != null && ballot.kind() != BallotKind.RANKED_CHOICE) lines.add(messages.get("ballot.rule.needed", denominator, value, needed(rule.threshold(), value)));
        }
        lines.add(messages.get(rule.selfVoteAllowed() ? "ballot.rule.self" : "ballot.rule.noSelf"));
        lines.add(rule.tieBreaks().isEmpty() ? messages.get("ballot.rule.noTieBreaks") : messages.get("ballot.rule.tieBreaks") + " "
                + rule.tieBreaks().stream().map(s -> messages.get("ballot.tieBreak." + s)).collect(Collectors.joining("; ")) + ".");
        return lines;
    }

    static int needed(Threshold threshold, int denominator) {
        for (int v = 0; v <= denominator; v++) if (threshold.met(v, denominator)) return v;
        return denominator + 1;
    }

    String outcome(BallotView ballot, BallotResult result) {
        var labels = labels(ballot);
        String winners = result.winners().stream().map(labels::get).collect(Collectors.joining(", "));
        String tied = tied(ballot, result);
        Integer leadersVotes = leadersTiedAt(result);
        if (leadersVotes != null) return messages.get("ballot.outcome.leadersTied", tied, leadersVotes);
        return messages.get("ballot.outcome." + result.outcome(), result.outcome() == Outcome.DECIDED ? winners : tied);
    }

    String tied(BallotView ballot, BallotResult result) {
        var labels = labels(ballot);
        return result.tied().stream().map(labels::get).collect(Collectors.joining(", "));
    }

    /** The votes each leader has when a single-winner count ends with the leaders tied and nobody chosen; else null. */
    static Integer leadersTiedAt(BallotResult result) {
        if (result.outcome() != Outcome.REVOTE_NEEDED || !result.winners().isEmpty() || !result.rounds().isEmpty() || result.tied().size() < 2) return null;
        var votes = result.tied().stream().map(result::of).filter(java.util.Objects::nonNull).map(BallotResult.Tally::votes).distinct().toList();
        int top = result.tally().stream().mapToInt(BallotResult.Tally::votes).max().orElse(0);
        return votes.size() == 1 && votes.getFirst() == top ? top : null;
    }

    /** The canonical choices as the voter reads them. */
    String readable(BallotView ballot, String canonical) {
        var labels = labels(ballot);
        return switch (ballot.kind()) {
            case CHOOSE_UP_TO_K -> canonical.isEmpty() ? messages.get("ballot.blank")
                    : ChoiceCodec.selected(canonical).stream().map(labels::get).collect(Collectors.joining(", "));
            case YES_NO_ABSTAIN -> ChoiceCodec.answers(canonical).entrySet().stream()
                    .map(e -> labels.get(e.getKey()) + ": " + messages.get("ballot.answer." + e.getValue())).collect(Collectors.joining("; "));
            case RANKED_CHOICE -> {
                var order = ChoiceCodec.ranking(canonical);
                if (order.isEmpty()) yield messages.get("ballot.blank");
                var parts = new ArrayList<String>();
                for (int i = 0; i < order.size(); i++) parts.add((i + 1) + ". " + labels.get(order.get(i)));
                yield String.join("; ", parts);
            }
        };
    }

    /**
     * Whether a detailed count could reveal individual votes: three voters or fewer, or a candidate holding all or all
     * but one of the valid ballots.
     */
    static boolean revealing(BallotView ballot, BallotResult result) {
        if (ballot.electorateSize() <= 3 || result.valid() <= 3) return true;
        return result.tally().stream().anyMatch(t -> t.votes() >= result.valid() - 1 && t.votes() > 0
                || ballot.kind() == BallotKind.YES_NO_ABSTAIN && (t.no() >= result.valid() - 1 && t.no() > 0));
    }
}
