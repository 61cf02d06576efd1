package vn.vusta.thidua.campaign.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceContents extends JpaRepository<EvidenceContent, Long> {}
