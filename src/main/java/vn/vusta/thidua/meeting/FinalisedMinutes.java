package vn.vusta.thidua.meeting;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For the dossier (next issue): the finalised minutes of a meeting, with its ballot results, as the frozen PDF. */
@Service
@Transactional(readOnly = true)
public class FinalisedMinutes {
    private final Minutes minutes;

    FinalisedMinutes(Minutes minutes) { this.minutes = minutes; }

    /** The PDF frozen when the secretary finalised the minutes; empty while they are a draft or missing. */
    public Optional<byte[]> pdf(long meetingId) {
        return minutes.findById(meetingId).filter(MeetingMinutes::isFinalised).map(MeetingMinutes::getPdf);
    }
}
