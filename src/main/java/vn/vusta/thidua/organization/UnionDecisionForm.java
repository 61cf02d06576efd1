package vn.vusta.thidua.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The union's own merger decision, recorded later on the successor's page. */
record UnionDecisionForm(@Size(max = 300, message = "{validation.maxLength}") String reference,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {}
