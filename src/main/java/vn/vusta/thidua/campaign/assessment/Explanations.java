package vn.vusta.thidua.campaign.assessment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Explanations extends JpaRepository<Explanation, Long> {
    List<Explanation> findByScoreSheetIdOrderById(long scoreSheetId);
}
