package vn.vusta.thidua.campaign.assessment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScoreReviews extends JpaRepository<ScoreReview, Long> {
    List<ScoreReview> findByScoreSheetId(long scoreSheetId);

    @Query("select r from ScoreReview r where r.scoreSheetId in :sheetIds")
    List<ScoreReview> ofSheets(Collection<Long> sheetIds);
}
