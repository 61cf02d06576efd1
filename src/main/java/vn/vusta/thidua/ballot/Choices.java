package vn.vusta.thidua.ballot;

import java.util.List;
import java.util.Map;

/**
 * What one voter marked, by candidate id ({@link BallotView.Candidate#id}): the selected candidates
 * ({@link BallotKind#CHOOSE_UP_TO_K}), an answer per candidate ({@link BallotKind#YES_NO_ABSTAIN}; a candidate left
 * out is an abstention) or the preference order ({@link BallotKind#RANKED_CHOICE}). Nothing marked: a blank ballot.
 */
public record Choices(List<Long> selected, Map<Long, Answer> answers, List<Long> ranking) {
    public enum Answer { YES, NO, ABSTAIN }

    public Choices {
        selected = selected == null ? List.of() : List.copyOf(selected);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        ranking = ranking == null ? List.of() : List.copyOf(ranking);
    }

    public static Choices select(Long... candidateIds) { return new Choices(List.of(candidateIds), null, null); }

    public static Choices select(List<Long> candidateIds) { return new Choices(candidateIds, null, null); }

    public static Choices answers(Map<Long, Answer> answers) { return new Choices(null, answers, null); }

    public static Choices ranked(List<Long> order) { return new Choices(null, null, order); }

    public static Choices blank() { return new Choices(null, null, null); }
}
