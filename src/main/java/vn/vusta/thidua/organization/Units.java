package vn.vusta.thidua.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Units extends JpaRepository<Unit, Long> {
    Optional<Unit> findByCode(String code);
}
