package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.vusta.thidua.common.BusinessRuleException;

/** Reads the values and comments of a sheet form: {@code value_<criterionId>} and {@code comment_<criterionId>}. */
final class EntryForms {
    private EntryForms() {}

    static List<EntryInput> read(Map<String, String> params) {
        var out = new ArrayList<EntryInput>();
        for (var p : params.entrySet()) {
            if (!p.getKey().startsWith("value_")) continue;
            long id;
            try {
                id = Long.parseLong(p.getKey().substring(6));
            } catch (NumberFormatException e) {
                continue;
            }
            out.add(new EntryInput(id, number(p.getValue()), params.get("comment_" + id)));
        }
        return out;
    }

    /** A decimal number as typed in Vietnam or elsewhere ("1,5" or "1.5"); blank is "not filled". */
    static BigDecimal number(String raw) {
        if (raw == null || raw.isBlank()) return null;
        var s = raw.strip().replace(" ", "");
        if (s.contains(",") && !s.contains(".")) s = s.replace(',', '.');
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("scoreSheet.value.notNumber", raw.strip());
        }
    }

    static Long version(String raw) {
        try {
            return raw == null ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
