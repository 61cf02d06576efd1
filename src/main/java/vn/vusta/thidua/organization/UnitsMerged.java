package vn.vusta.thidua.organization;

import java.time.LocalDate;
import java.util.List;

/** Published when units merge into a successor, so that other modules can follow the lineage. */
public record UnitsMerged(List<Long> predecessorIds, long successorId, LocalDate effectiveDate, String legalRef) {}
