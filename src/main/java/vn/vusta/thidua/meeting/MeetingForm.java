package vn.vusta.thidua.meeting;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vusta.thidua.common.TimeConfig;

/** The meeting form (column sizes of V19); the time is Vietnam's local time. */
record MeetingForm(Long version, MeetingType type, Long clusterId,
                   @NotBlank(message = "{meeting.title.required}") @Size(max = 300, message = "{validation.maxLength}") String title,
                   Long hostUnitId,
                   @NotNull(message = "{meeting.startsAt.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                   @Size(max = 300, message = "{validation.maxLength}") String place,
                   @Size(max = 500, message = "{validation.maxLength}") String onlineLink,
                   QuorumRule quorumRule, Boolean inviteSupervisor, Boolean inviteOffice,
                   @Size(max = 2000, message = "{validation.maxLength}") String otherGuests,
                   @Size(max = 200, message = "{validation.maxLength}") String chairName,
                   @Size(max = 200, message = "{validation.maxLength}") String secretaryName) {

    MeetingDetails details() {
        return new MeetingDetails(title, hostUnitId, startsAt == null ? null : startsAt.atZone(TimeConfig.VIETNAM).toInstant(), place,
                onlineLink, quorumRule, Boolean.TRUE.equals(inviteSupervisor), Boolean.TRUE.equals(inviteOffice), otherGuests, chairName, secretaryName);
    }

    static MeetingForm of(MeetingQueries.View v) {
        return new MeetingForm(v.version(), v.type(), v.cluster() == null ? null : v.cluster().id(), v.title(),
                v.host() == null ? null : v.host().id(), v.startsAt(), v.place(), v.onlineLink(), v.quorumRule(), v.inviteSupervisor(),
                v.inviteOffice(), v.otherGuests(), v.chairName(), v.secretaryName());
    }
}
