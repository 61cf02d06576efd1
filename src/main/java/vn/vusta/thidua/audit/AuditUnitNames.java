package vn.vusta.thidua.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Optional hook: the readable names of units whose ids an entry's values hold (a head, a member list, the actor's
 * unit), read once for a whole page of entries. The organization module provides it; without it the ids show.
 */
public interface AuditUnitNames {
    Map<Long, String> names(Collection<Long> unitIds);
}
