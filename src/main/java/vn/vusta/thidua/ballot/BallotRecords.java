package vn.vusta.thidua.ballot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BallotRecords extends JpaRepository<Ballot, Long> {
    List<Ballot> findByMeetingIdOrderByIdAsc(long meetingId);

    /** The ballot locked for the rest of the transaction (casting and closing take this lock, so neither overtakes the other). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Ballot b where b.id = :id")
    Optional<Ballot> lockById(long id);

    @Query("select b.id from Ballot b where b.status = vn.vusta.thidua.ballot.BallotStatus.OPEN and b.closesAt <= :now")
    List<Long> dueToClose(Instant now);

    List<Ballot> findByClusterIdOrderByIdDesc(long clusterId);

    @Query("select b.id from Ballot b where b.parentId = :parentId")
    List<Long> revotesOf(long parentId);
}
