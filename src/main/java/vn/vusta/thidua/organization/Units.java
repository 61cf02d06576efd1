package vn.vusta.thidua.organization;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Units extends JpaRepository<Unit, Long>, JpaSpecificationExecutor<Unit> {
    Optional<Unit> findByCode(String code);

    int countByCodeStartingWith(String prefix);

    /** Search text (already folded) contains the folded query. */
    static Specification<Unit> matching(String folded) {
        return (root, query, cb) -> cb.like(root.get("searchText"), "%" + escape(folded) + "%", '\\');
    }

    /** Units registered under one of these unions (member associations). */
    static Specification<Unit> ownedBy(java.util.Collection<Long> owners) {
        return (root, query, cb) -> root.get("ownerUnitId").in(owners);
    }

    static Specification<Unit> ofType(UnitType type) { return (root, query, cb) -> cb.equal(root.get("type"), type); }

    /**
     * Mirrors {@link UnitSummary#existsOn}: started on or before the date (an unknown start counts from the beginning
     * of the records), and still acting on it (the union's own merger date when recorded, else the province date).
     */
    static Specification<Unit> existingOn(LocalDate date) {
        return (root, query, cb) -> {
            var startedBy = cb.lessThanOrEqualTo(root.<LocalDate>get("validFrom"), date);
            var started = UnitSummary.RECORDS_BEGIN.isAfter(date) ? startedBy : cb.or(cb.isNull(root.get("validFrom")), startedBy);
            return cb.and(started, actingOn(root, cb, date));
        };
    }

    /** Mirrors {@link UnitSummary#statusOn}: the status a unit had on the date (all ended units were active before). */
    static Specification<Unit> withStatusOn(UnitStatus status, LocalDate date) {
        if (date == null) return (root, query, cb) -> cb.equal(root.get("status"), status);
        if (status == UnitStatus.ACTIVE) {
            return (root, query, cb) -> cb.or(cb.equal(root.get("status"), status),
                    cb.and(cb.isNotNull(root.get("validTo")), actingOn(root, cb, date)));
        }
        return (root, query, cb) -> cb.and(cb.equal(root.get("status"), status), cb.not(actingOn(root, cb, date)));
    }

    /** The unit's last acting day is on or after {@code date}; every branch is a definite true or false (no nulls). */
    private static Predicate actingOn(Root<Unit> root, CriteriaBuilder cb, LocalDate date) {
        var union = root.<LocalDate>get("unionMergedOn");
        var validTo = root.<LocalDate>get("validTo");
        return cb.or(cb.and(cb.isNotNull(union), cb.greaterThan(union, date)),
                cb.and(cb.isNull(union), cb.or(cb.isNull(validTo), cb.greaterThanOrEqualTo(validTo, date))));
    }

    private static String escape(String s) { return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"); }
}
