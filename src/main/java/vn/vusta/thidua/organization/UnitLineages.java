package vn.vusta.thidua.organization;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitLineages extends JpaRepository<UnitLineage, Long> {
    List<UnitLineage> findBySuccessorId(Long successorId);

    List<UnitLineage> findByPredecessorId(Long predecessorId);

    List<UnitLineage> findByPredecessorIdIn(Collection<Long> predecessorIds);
}
