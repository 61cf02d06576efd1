package vn.vusta.thidua.campaign.registration;

import java.time.Instant;

/** Where a unit's registration stands, without its targets (lists and overviews). */
public record RegistrationSummary(long id, long clusterId, long unitId, Long carriedFromUnitId, Registration.Status status,
                                  boolean late, Instant submittedAt) {
    public boolean submitted() { return status == Registration.Status.SUBMITTED; }
}
