package vn.vusta.thidua.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentContents extends JpaRepository<DocumentContent, Long> {}
