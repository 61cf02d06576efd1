package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.support.IntegrationTest;

/** Long Vietnamese passphrases, Argon2id with old bcrypt hashes still accepted, and sessions ended by a new password. */
@IntegrationTest
@Transactional
class PasswordIntegrationTests {
    static final String DEMO = "demo-2026!";
    /** 75 characters, about 100 bytes in UTF-8: well past bcrypt's 72-byte limit. */
    static final String PASSPHRASE = "Thi đua yêu nước, khen thưởng công bằng; Liên hiệp Hội Khoa học và Kỹ thuật";
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;

    long id(String username) { return jdbc.queryForObject("select id from account where username = ?", Long.class, username); }

    long version(String username) { return jdbc.queryForObject("select version from account where username = ?", Long.class, username); }

    String hash(String username) { return jdbc.queryForObject("select password_hash from account where username = ?", String.class, username); }

    @Test
    void aLongVietnamesePassphraseIsAccepted() throws Exception {
        assertThat(PASSPHRASE.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        mvc.perform(post("/admin/accounts/new").with(user("quantri.demo").roles("SYSTEM_ADMIN")).with(csrf())
                        .param("username", "cauphrase").param("displayName", "Cụm từ dài").param("roles", "COUNCIL_MEMBER")
                        .param("enabled", "true").param("password", PASSPHRASE))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/accounts"));
        assertThat(hash("cauphrase")).startsWith("{argon2}$argon2id$");
        mvc.perform(formLogin("/login").user("cauphrase").password(PASSPHRASE)).andExpect(redirectedUrl("/"));
        // its own change, to another long one
        String next = PASSPHRASE + " – năm 2026";
        mvc.perform(post("/account/password").with(user("cauphrase")).with(csrf()).param("current", PASSPHRASE)
                .param("next", next).param("confirm", next)).andExpect(redirectedUrl("/account"));
        mvc.perform(formLogin("/login").user("cauphrase").password(next)).andExpect(redirectedUrl("/"));
    }

    @Test
    void anOverlongPasswordIsRefusedInVietnameseAndChangesNothing() throws Exception {
        String tooLong = "ạ".repeat(201);
        mvc.perform(post("/admin/accounts/new").with(user("quantri.demo").roles("SYSTEM_ADMIN")).with(csrf())
                        .param("username", "quadai").param("displayName", "Quá dài").param("roles", "COUNCIL_MEMBER")
                        .param("enabled", "true").param("password", tooLong))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Mật khẩu dài tối đa 200 ký tự.")));
        assertThat(jdbc.queryForObject("select count(*) from account where username = 'quadai'", Long.class)).isZero();
        String before = hash("uyvien.demo");
        mvc.perform(post("/account/password").with(user("uyvien.demo")).with(csrf()).param("current", DEMO)
                .param("next", tooLong).param("confirm", tooLong))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Mật khẩu dài tối đa 200 ký tự.")));
        assertThat(hash("uyvien.demo")).isEqualTo(before);
    }

    @Test
    void anOldBcryptHashStillWorksAndIsUpgradedAtLogin() throws Exception {
        jdbc.update("update account set password_hash = ? where username = 'thuky.demo'", "{bcrypt}" + new BCryptPasswordEncoder().encode(DEMO));
        long v = version("thuky.demo");
        mvc.perform(formLogin("/login").user("thuky.demo").password(DEMO)).andExpect(redirectedUrl("/"));
        assertThat(hash("thuky.demo")).startsWith("{argon2}$argon2id$");
        assertThat(encoder.matches(DEMO, hash("thuky.demo"))).isTrue();
        assertThat(version("thuky.demo")).as("a rehash is no edit: no false conflict for an administrator").isEqualTo(v);
        assertThat(jdbc.queryForObject("select count(*) from (select action, summary, entity_id from audit_journal union all select action, summary, entity_id from audit_entry) audit where action = 'ACCOUNT_PASSWORD_REHASHED' and entity_id = ?",
                Long.class, String.valueOf(id("thuky.demo")))).isEqualTo(1);
    }

    @Test
    void wrongCurrentPasswordsCountAsFailedLogins() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/account/password").with(user("thuongtruc.demo")).with(csrf()).param("current", "doan-sai-" + i)
                    .param("next", "mat-khau-moi-2026").param("confirm", "mat-khau-moi-2026"))
                    .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
        }
        mvc.perform(post("/account/password").with(user("thuongtruc.demo")).with(csrf()).param("current", DEMO)
                        .param("next", "mat-khau-moi-2026").param("confirm", "mat-khau-moi-2026"))
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
        mvc.perform(formLogin("/login").user("thuongtruc.demo").password(DEMO)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // real sessions in the database, real commits
    void aPasswordChangeEndsTheOtherSessionsAndAResetEndsAllAndLiftsTheLock() throws Exception {
        String username = "hanoi.demo";
        try {
            Cookie first = login(username, DEMO);
            Cookie second = login(username, DEMO);
            mvc.perform(get("/account").cookie(first)).andExpect(status().isOk());
            mvc.perform(post("/account/password").cookie(second).with(csrf()).param("current", DEMO)
                    .param("next", "mat-khau-moi-2026").param("confirm", "mat-khau-moi-2026")).andExpect(redirectedUrl("/account"));
            mvc.perform(get("/account").cookie(first)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(get("/account").cookie(second)).andExpect(status().isOk()); // the session that made the change goes on

            for (int i = 0; i < 5; i++) {
                mvc.perform(formLogin("/login").user(username).password("sai-" + i)).andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(formLogin("/login").user(username).password("mat-khau-moi-2026")).andExpect(redirectedUrl("/login?error"));
            mvc.perform(get("/account").cookie(second)).andExpect(status().isOk()); // a lock does not throw anyone out

            Cookie admin = login("quantri.demo", DEMO);
            mvc.perform(post("/admin/accounts/" + id(username)).cookie(admin).with(csrf()).param("version", String.valueOf(version(username)))
                    .param("username", username).param("displayName", "Hà Nội").param("roles", "UNIT_OFFICER", "COUNCIL_MEMBER")
                    .param("unitId", String.valueOf(jdbc.queryForObject("select id from unit where code = 'LHH-HNI'", Long.class)))
                    .param("enabled", "true").param("password", "dat-lai-boi-quan-tri")).andExpect(redirectedUrl("/admin/accounts"));
            mvc.perform(get("/account").cookie(second)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(formLogin("/login").user(username).password("dat-lai-boi-quan-tri"))
                    .andExpect(redirectedUrl("/")); // the reset lifted the lock
        } finally {
            jdbc.update("update account set password_hash = ? where username = ?", encoder.encode(DEMO), username);
            jdbc.update("delete from login_guard where subject in (?, '127.0.0.1')", username);
            jdbc.update("delete from login_failure where username = ?", username);
            jdbc.update("delete from spring_session where principal_name in (?, 'quantri.demo')", username);
        }
    }

    private Cookie login(String username, String password) throws Exception {
        var cookie = mvc.perform(formLogin("/login").user(username).password(password)).andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return cookie;
    }
}
