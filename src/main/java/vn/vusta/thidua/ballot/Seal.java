package vn.vusta.thidua.ballot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The seal of a closed box: SHA-256, lowercase hex, over UTF-8 text.
 * <pre>
 * electronic: "ballot:{id}\n" then "{tracker}:{choices}\n" per entry, entries sorted by tracker (ASCII order)
 * paper:      "ballot:{id}\npaper\ncast:{cast}\ninvalid:{invalid}\n" then "{candidateId}:{yes}/{no}/{abstain}\n"
 *             per candidate in ascending id order
 * </pre>
 * {@code choices} is the canonical text of {@link ChoiceCodec}.
 */
final class Seal {
    static final String FORMULA = """
            sealHash = lowercase hex SHA-256 of the UTF-8 text "ballot:{id}\\n" followed by one line "{tracker}:{choices}\\n" \
            per entry, entries sorted by tracker (ASCII order). choices: choose-up-to-k = selected candidate ids ascending, \
            joined by "," ("" = blank ballot); yes/no/abstain = "{candidateId}={Y|N|A}" for every candidate in ascending id \
            order, joined by ","; ranked choice = candidate ids in order of preference joined by ">" ("" = blank). A paper \
            ballot has no entries: "ballot:{id}\\npaper\\ncast:{cast}\\ninvalid:{invalid}\\n" then "{candidateId}:{yes}/{no}/{abstain}\\n" \
            per candidate in ascending id order.""";

    record Entry(String tracker, String choices) {}

    private Seal() {}

    static String of(long ballotId, List<Entry> entries) {
        var text = new StringBuilder("ballot:").append(ballotId).append('\n');
        entries.stream().sorted(Comparator.comparing(Entry::tracker))
                .forEach(e -> text.append(e.tracker()).append(':').append(e.choices()).append('\n'));
        return sha256(text.toString());
    }

    static String ofPaper(long ballotId, PaperCounts counts) {
        var text = new StringBuilder("ballot:").append(ballotId).append("\npaper\ncast:").append(counts.cast())
                .append("\ninvalid:").append(counts.invalid()).append('\n');
        counts.counts().stream().sorted(Comparator.comparingLong(PaperCounts.Count::candidateId)).forEach(c ->
                text.append(c.candidateId()).append(':').append(c.yes()).append('/').append(c.no()).append('/').append(c.abstain()).append('\n'));
        return sha256(text.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
