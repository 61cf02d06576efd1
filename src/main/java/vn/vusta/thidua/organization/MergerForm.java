package vn.vusta.thidua.organization;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Size;

/** A merger as the office records it: predecessors, successor, date and the legal references (column sizes of V1/V3). */
record MergerForm(List<Long> predecessorIds, Long successorId, LocalDate effectiveDate,
                  @Size(max = 300, message = "{validation.maxLength}") String legalRef,
                  @Size(max = 300, message = "{validation.maxLength}") String unionLegalRef,
                  LocalDate unionEffectiveDate) {}
