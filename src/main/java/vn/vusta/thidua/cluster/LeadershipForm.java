package vn.vusta.thidua.cluster;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * The head and deputy chosen for a cluster's year, with the date and the meeting or decision that chose them: the
 * leadership form and the API's request body (column sizes of V1). {@code correctionReason} is needed, from the
 * office only, when the year is over (a correction of history).
 */
record LeadershipForm(Long version, Long headUnitId, Long deputyUnitId, LocalDate date,
                      @Size(max = 300, message = "{validation.maxLength}") String reference,
                      @Size(max = 300, message = "{validation.maxLength}") String correctionReason) {
    LeadershipForm(Long version, Long headUnitId, Long deputyUnitId, LocalDate date, String reference) {
        this(version, headUnitId, deputyUnitId, date, reference, null);
    }
}
