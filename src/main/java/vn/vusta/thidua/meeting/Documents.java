package vn.vusta.thidua.meeting;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Documents extends JpaRepository<MeetingDocument, Long> {
    /** A report as lists show it (never its bytes). */
    record Listed(long id, long agendaItemId, long unitId, String fileName, Long fileSize, String textBody, String uploadedBy,
                  Instant uploadedAt) {}

    @Query("""
            select new vn.vusta.thidua.meeting.Documents$Listed(d.id, d.agendaItemId, d.unitId, d.fileName, d.fileSize, d.textBody,
              d.uploadedBy, d.uploadedAt) from MeetingDocument d where d.meetingId = ?1 order by d.uploadedAt, d.id""")
    List<Listed> listed(long meetingId);
}
