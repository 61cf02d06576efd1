package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * The system keeps at least one working system administrator, even when two administrators take the role from each
 * other at the same moment (each change alone would be allowed). Real commits on separate connections.
 */
@IntegrationTest
class LastSystemAdministratorIntegrationTests {
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService service;
    @Autowired TransactionTemplate tx;

    List<Long> othersDisabled = List.of();

    @BeforeEach
    void twoAdministratorsOnly() {
        for (var name : List.of("qt.mot", "qt.hai")) {
            jdbc.update("delete from account where username = ?", name);
            jdbc.update("insert into account (username, display_name, password_hash, enabled, demo) "
                    + "values (?, ?, 'x', true, false)", name, "Quản trị thử " + name);
            jdbc.update("insert into account_role (account_id, role) select id, 'SYSTEM_ADMIN' from account where username = ?", name);
        }
        // every other working administrator is switched off for the test and switched back on after it
        othersDisabled = jdbc.queryForList("select a.id from account a join account_role r on r.account_id = a.id "
                + "where r.role = 'SYSTEM_ADMIN' and a.enabled and a.username not in ('qt.mot', 'qt.hai')", Long.class);
        othersDisabled.forEach(id -> jdbc.update("update account set enabled = false where id = ?", id));
    }

    @AfterEach
    void restore() {
        othersDisabled.forEach(id -> jdbc.update("update account set enabled = true where id = ?", id));
        jdbc.update("delete from account where username in ('qt.mot', 'qt.hai')");
        SecurityContextHolder.clearContext();
    }

    static void actAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
    }

    AccountService.AccountForm demote(String username) {
        var a = jdbc.queryForMap("select id, version, display_name from account where username = ?", username);
        return new AccountService.AccountForm((Long) a.get("id"), (Long) a.get("version"), username, (String) a.get("display_name"),
                null, EnumSet.of(Role.COUNCIL_MEMBER), null, true, null);
    }

    long workingAdministrators() {
        return jdbc.queryForObject("select count(*) from account a join account_role r on r.account_id = a.id "
                + "where r.role = 'SYSTEM_ADMIN' and a.enabled", Long.class);
    }

    @Test
    void oneAdministratorMayStillDemoteAnother() {
        actAs("qt.mot");
        service.update(demote("qt.hai"));
        assertThat(workingAdministrators()).isEqualTo(1);
        assertThatThrownBy(() -> { actAs("qt.mot"); service.update(demote("qt.mot")); })
                .isInstanceOf(BusinessRuleException.class); // never oneself
    }

    @Test
    void twoAdministratorsDemotingEachOtherAtOnceLeaveOneOfThem() throws Exception {
        var threads = Executors.newFixedThreadPool(2); // its own threads: the common pool may have only one on two cores
        var firstChanged = new CountDownLatch(1);
        var commitFirst = new CountDownLatch(1);
        // the first change is made and held uncommitted...
        var first = CompletableFuture.runAsync(() -> {
            actAs("qt.mot");
            tx.executeWithoutResult(status -> {
                service.update(demote("qt.hai"));
                firstChanged.countDown();
                try { commitFirst.await(10, TimeUnit.SECONDS); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
            });
        }, threads);
        assertThat(firstChanged.await(10, TimeUnit.SECONDS)).isTrue();
        // ...while the second, which on its own would be allowed, is made on another connection
        var second = CompletableFuture.runAsync(() -> {
            actAs("qt.hai");
            service.update(demote("qt.mot"));
        }, threads);
        assertThatThrownBy(() -> second.get(1, TimeUnit.SECONDS)).as("the second change waits for the first")
                .isInstanceOf(TimeoutException.class);
        commitFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(BusinessRuleException.class)
                .cause().hasMessageContaining("account.lastSystemAdmin");
        threads.shutdown();
        assertThat(workingAdministrators()).isEqualTo(1);
        assertThat(jdbc.queryForList("select r.role from account_role r join account a on a.id = r.account_id where a.username = 'qt.mot'",
                String.class)).containsExactly("SYSTEM_ADMIN");
    }
}
