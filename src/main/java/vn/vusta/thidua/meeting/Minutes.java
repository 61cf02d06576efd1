package vn.vusta.thidua.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

interface Minutes extends JpaRepository<MeetingMinutes, Long> {
    boolean existsByMeetingIdAndFinalisedTrue(long meetingId);
}
