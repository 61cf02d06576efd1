package vn.vusta.thidua.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.identity.UnitDirectory;

/** Tells the identity module about units (it must not depend on this module). */
@Component
class UnitDirectoryAdapter implements UnitDirectory {
    private final UnitCatalog catalog;
    private final Clock clock;

    UnitDirectoryAdapter(UnitCatalog catalog, Clock clock) { this.clock = clock; this.catalog = catalog; }

    @Override
    public List<UnitOption> currentUnits() {
        return catalog.search(new UnitCatalog.Criteria(null, null, null, LocalDate.now(clock))).stream().map(UnitDirectoryAdapter::option).toList();
    }

    @Override
    public Optional<UnitOption> find(long id) { return catalog.find(id).map(UnitDirectoryAdapter::option); }

    @Override
    public Optional<UnitOption> findByCode(String code) { return catalog.byCode(code).map(UnitDirectoryAdapter::option); }

    @Override
    public Map<Long, UnitOption> byIds(Collection<Long> ids) {
        var result = new HashMap<Long, UnitOption>();
        catalog.byIds(ids).forEach((id, u) -> result.put(id, option(u)));
        return result;
    }

    private static UnitOption option(UnitSummary u) { return new UnitOption(u.id(), u.code(), u.name()); }
}
