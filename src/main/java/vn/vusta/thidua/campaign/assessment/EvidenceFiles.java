package vn.vusta.thidua.campaign.assessment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceFiles extends JpaRepository<EvidenceFile, Long> {
    List<EvidenceFile> findByScoreSheetIdOrderById(long scoreSheetId);
}
