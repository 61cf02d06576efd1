package vn.vusta.thidua.organization;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Units extends JpaRepository<Unit, Long>, JpaSpecificationExecutor<Unit> {
    Optional<Unit> findByCode(String code);

    /** Search text (already folded) contains the folded query. */
    static Specification<Unit> matching(String folded) {
        return (root, query, cb) -> cb.like(root.get("searchText"), "%" + escape(folded) + "%", '\\');
    }

    static Specification<Unit> ofType(UnitType type) { return (root, query, cb) -> cb.equal(root.get("type"), type); }

    /** Mirrors {@link UnitSummary#existsOn}: started on or before the date (or unknown start), not ended before it. */
    static Specification<Unit> existingOn(LocalDate date) {
        return (root, query, cb) -> cb.and(
                cb.or(cb.isNull(root.get("validFrom")), cb.lessThanOrEqualTo(root.get("validFrom"), date)),
                cb.or(cb.isNull(root.get("validTo")), cb.greaterThanOrEqualTo(root.get("validTo"), date)));
    }

    /** Mirrors {@link UnitSummary#statusOn}: the status a unit had on the date (all ended units were active before). */
    static Specification<Unit> withStatusOn(UnitStatus status, LocalDate date) {
        if (date == null) return (root, query, cb) -> cb.equal(root.get("status"), status);
        if (status == UnitStatus.ACTIVE) {
            return (root, query, cb) -> cb.or(cb.equal(root.get("status"), status),
                    cb.greaterThanOrEqualTo(root.get("validTo"), date));
        }
        return (root, query, cb) -> cb.and(cb.equal(root.get("status"), status),
                cb.or(cb.isNull(root.get("validTo")), cb.lessThan(root.get("validTo"), date)));
    }

    private static String escape(String s) { return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"); }
}
