package vn.vusta.thidua.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;

/** One field of an entry's old → new values; {@link #diff} lists only the fields that differ. */
public record FieldChange(String field, String oldValue, String newValue) {

    @SuppressWarnings("unchecked")
    static List<FieldChange> diff(ObjectMapper json, String oldJson, String newJson) {
        Map<String, Object> before = oldJson == null ? Map.of() : json.readValue(oldJson, Map.class);
        Map<String, Object> after = newJson == null ? Map.of() : json.readValue(newJson, Map.class);
        var fields = new LinkedHashSet<String>(before.keySet());
        fields.addAll(after.keySet());
        var changes = new ArrayList<FieldChange>();
        for (String f : fields) {
            String o = text(before.get(f));
            String n = text(after.get(f));
            if (o == null ? n != null : !o.equals(n)) changes.add(new FieldChange(f, o, n));
        }
        return changes;
    }

    private static String text(Object v) { return v == null ? null : String.valueOf(v); }
}
