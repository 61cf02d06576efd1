package vn.vusta.thidua.ballot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.vusta.thidua.common.BusinessRuleException;

/**
 * The canonical text of a ballot's choices, as stored in the box and hashed into the seal (documented in the API):
 * <ul>
 * <li>choose up to k: the selected candidate ids in ascending order, joined by {@code ,} ({@code ""}: blank);</li>
 * <li>yes/no/abstain: {@code id=Y}, {@code id=N} or {@code id=A} for every candidate in ascending id order, joined by {@code ,};</li>
 * <li>ranked choice: candidate ids in order of preference, joined by {@code >} ({@code ""}: blank).</li>
 * </ul>
 */
final class ChoiceCodec {
    private ChoiceCodec() {}

    /** Checks the choices of the voter's unit against the ballot and returns their canonical text; a broken rule throws. */
    static String encode(BallotView ballot, long voterUnitId, Choices choices) {
        var byId = new LinkedHashMap<Long, BallotView.Candidate>();
        ballot.candidates().forEach(c -> byId.put(c.id(), c));
        boolean selfBarred = !ballot.rule().selfVoteAllowed();
        return switch (ballot.kind()) {
            case CHOOSE_UP_TO_K -> {
                var ids = distinctKnown(choices.selected(), byId);
                if (ids.size() > ballot.maxChoices()) throw new BusinessRuleException("ballot.choice.tooMany", ballot.maxChoices());
                if (selfBarred) ids.forEach(id -> refuseSelf(byId.get(id), voterUnitId));
                yield ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
            }
            case YES_NO_ABSTAIN -> {
                distinctKnown(new ArrayList<>(choices.answers().keySet()), byId);
                var answers = new TreeMap<Long, Choices.Answer>();
                byId.keySet().forEach(id -> answers.put(id, choices.answers().getOrDefault(id, Choices.Answer.ABSTAIN)));
                long yes = answers.values().stream().filter(a -> a == Choices.Answer.YES).count();
                if (yes > seats(ballot)) throw new BusinessRuleException("ballot.choice.tooMany", seats(ballot));
                if (selfBarred) answers.forEach((id, a) -> { if (a != Choices.Answer.ABSTAIN) refuseSelf(byId.get(id), voterUnitId); });
                yield answers.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().name().charAt(0)).collect(Collectors.joining(","));
            }
            case RANKED_CHOICE -> {
                var ids = distinctKnown(choices.ranking(), byId);
                if (selfBarred) ids.forEach(id -> refuseSelf(byId.get(id), voterUnitId));
                yield ids.stream().map(String::valueOf).collect(Collectors.joining(">"));
            }
        };
    }

    /** The seats of a yes/no/abstain ballot: {@code maxChoices}, or every candidate when 0 or more. */
    static int seats(BallotView ballot) {
        return switch (ballot.kind()) {
            case RANKED_CHOICE -> 1;
            case CHOOSE_UP_TO_K -> ballot.maxChoices();
            case YES_NO_ABSTAIN -> ballot.maxChoices() <= 0 || ballot.maxChoices() > ballot.candidates().size()
                    ? ballot.candidates().size() : ballot.maxChoices();
        };
    }

    private static List<Long> distinctKnown(List<Long> ids, Map<Long, BallotView.Candidate> byId) {
        var seen = new HashSet<Long>();
        for (var id : ids) {
            if (id == null || !byId.containsKey(id)) throw new BusinessRuleException("ballot.choice.unknown");
            if (!seen.add(id)) throw new BusinessRuleException("ballot.choice.duplicate");
        }
        return ids;
    }

    private static void refuseSelf(BallotView.Candidate c, long voterUnitId) {
        if (c.unitId() != null && c.unitId() == voterUnitId) throw new BusinessRuleException("ballot.choice.self");
    }

    /** The selected ids of a canonical choose-up-to-k text. */
    static List<Long> selected(String canonical) {
        if (canonical.isEmpty()) return List.of();
        return java.util.Arrays.stream(canonical.split(",")).map(Long::valueOf).toList();
    }

    /** The answers of a canonical yes/no/abstain text. */
    static Map<Long, Choices.Answer> answers(String canonical) {
        var out = new LinkedHashMap<Long, Choices.Answer>();
        if (canonical.isEmpty()) return out;
        for (var part : canonical.split(",")) {
            var kv = part.split("=");
            out.put(Long.valueOf(kv[0]), switch (kv[1]) { case "Y" -> Choices.Answer.YES; case "N" -> Choices.Answer.NO; default -> Choices.Answer.ABSTAIN; });
        }
        return out;
    }

    /** The preference order of a canonical ranked-choice text. */
    static List<Long> ranking(String canonical) {
        if (canonical.isEmpty()) return List.of();
        return java.util.Arrays.stream(canonical.split(">")).map(Long::valueOf).toList();
    }
}
