package vn.vusta.thidua.cluster;

import jakarta.validation.constraints.Size;

/**
 * A cluster's name and the Presidium member in charge (name as published, and the account if there is one);
 * {@code correctionReason} when the year is over.
 */
record ClusterDetailsForm(Long version,
                          @Size(max = 200, message = "{validation.maxLength}") String name,
                          @Size(max = 120, message = "{validation.maxLength}") String supervisorName,
                          @Size(max = 80, message = "{validation.maxLength}") String supervisorUsername,
                          @Size(max = 300, message = "{validation.maxLength}") String correctionReason) {
    ClusterDetailsForm(Long version, String name, String supervisorName, String supervisorUsername) {
        this(version, name, supervisorName, supervisorUsername, null);
    }
}
