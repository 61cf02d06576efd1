package vn.vusta.thidua.meeting;

import java.time.Instant;

/** What the meeting form sets (validated by {@link Meeting#describe}). */
record MeetingDetails(String title, Long hostUnitId, Instant startsAt, String place, String onlineLink, QuorumRule quorumRule,
                      boolean inviteSupervisor, boolean inviteOffice, String otherGuests, String chairName, String secretaryName) {}
