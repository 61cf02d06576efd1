package vn.vusta.thidua.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, Long> {
    /** The account with its roles, in one query. */
    @EntityGraph(attributePaths = "roles")
    Optional<Account> findByUsername(String username);

    @Query("select count(a) > 0 from Account a join a.roles r where r = :role")
    boolean existsWithRole(Role role);

    /** Enabled accounts holding the role, by username: one query for the accounts, one for their roles. */
    @Query("select a from Account a where a.enabled = true and :role member of a.roles order by a.username")
    List<Account> enabledWithRole(Role role);

    /**
     * Locks every account that holds {@link Role#SYSTEM_ADMIN} (in id order, so two callers never deadlock) until the
     * transaction ends: changes that take the role away or disable such an account run one after the other, and the
     * count that follows sees the other's committed change.
     */
    @Query(value = "select a.id from account a where a.id in (select r.account_id from account_role r where r.role = 'SYSTEM_ADMIN') "
            + "order by a.id for update", nativeQuery = true)
    List<Long> lockSystemAdministrators();

    List<Account> findAllByOrderByUsername();

    List<Account> findByUnitIdOrderByUsername(Long unitId);

    List<Account> findByUnitIdNotNullOrderByUsername();

    @EntityGraph(attributePaths = "roles")
    List<Account> findByEnabledTrueAndUnitIdIn(java.util.Collection<Long> unitIds);

    Optional<Account> findFirstByDemoFalseAndUsernameNot(String username);

    List<Account> findByDemoTrueAndEnabledTrue();
}
