package vn.vusta.thidua.meeting;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Meetings extends JpaRepository<Meeting, Long> {
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = ?1")
    Optional<Meeting> lockById(long id);

    @EntityGraph(attributePaths = "agenda")
    @Query("select m from Meeting m where m.id = ?1")
    Optional<Meeting> withAgenda(long id);

    List<Meeting> findAllByOrderByStartsAtDescIdDesc();

    List<Meeting> findByYearOrderByStartsAtDescIdDesc(int year);

    List<Meeting> findByClusterIdOrderByStartsAtDescIdDesc(long clusterId);

    List<Meeting> findByYearAndClusterIdOrderByStartsAtDescIdDesc(int year, long clusterId);

    /** Meetings of a year and/or a cluster year, newest first (no filter: all). */
    default List<Meeting> list(Integer year, Long clusterId) {
        if (year != null && clusterId != null) return findByYearAndClusterIdOrderByStartsAtDescIdDesc(year, clusterId);
        if (year != null) return findByYearOrderByStartsAtDescIdDesc(year);
        if (clusterId != null) return findByClusterIdOrderByStartsAtDescIdDesc(clusterId);
        return findAllByOrderByStartsAtDescIdDesc();
    }

    List<Meeting> findByClusterIdInOrderByStartsAtDesc(List<Long> clusterIds);

    @Query("select distinct m.year from Meeting m order by m.year desc")
    List<Integer> years();

    /** Per meeting: invited units, present units (one statement for a whole list). */
    @Query("select i.meeting.id, count(i), sum(case when i.present = true then 1 else 0 end) from Invitation i where i.meeting.id in ?1 group by i.meeting.id")
    List<Object[]> attendanceCounts(java.util.Collection<Long> meetingIds);

    @Query("select n.meetingId from MeetingMinutes n where n.finalised = true and n.meetingId in ?1")
    List<Long> finalisedAmong(java.util.Collection<Long> meetingIds);

    @EntityGraph(attributePaths = "invitations")
    @Query("select m from Meeting m where m.id = ?1")
    Optional<Meeting> withInvitations(long id);
}
