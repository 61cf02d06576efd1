package vn.vusta.thidua.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Accounts extends JpaRepository<Account, Long> {
    Optional<Account> findByUsername(String username);

    boolean existsByRole(Role role);

    List<Account> findAllByOrderByUsername();

    List<Account> findByUnitIdOrderByUsername(Long unitId);
}
