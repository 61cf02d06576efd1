package vn.vusta.thidua.common;

import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/**
 * The rule a database constraint stands for, when two saves race past the application's own checks (or a value is
 * longer than its column): a message key naming the rule in words, never the constraint or column.
 */
final class ConstraintRules {
    private ConstraintRules() {}

    static String messageKey(DataIntegrityViolationException e) {
        String text = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("too long") || text.contains("value too long") || text.contains("22001")) return "error.tooLong";
        if (e instanceof DuplicateKeyException || text.contains("unique") || text.contains("duplicate")) {
            if (text.contains("username")) return "error.duplicate.username";
            if (text.contains("cluster_member")) return "error.duplicate.membership";
            if (text.contains("cluster")) return "error.duplicate.clusterCode";
            if (text.contains("unit")) return "error.duplicate.unitCode";
            return "error.duplicate";
        }
        return "error.constraint";
    }

    static boolean isDuplicate(DataIntegrityViolationException e) {
        return !"error.tooLong".equals(messageKey(e)) && !"error.constraint".equals(messageKey(e));
    }
}
