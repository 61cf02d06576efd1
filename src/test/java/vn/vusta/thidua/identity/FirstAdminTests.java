package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {
    final Accounts accounts = mock(Accounts.class);
    final AuditTrail audit = mock(AuditTrail.class);
    final org.springframework.security.crypto.password.PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void withoutAConfiguredPasswordARandomOneIsPrintedOnceAndItWorks(CapturedOutput output) {
        when(accounts.existsWithRole(Role.SYSTEM_ADMIN)).thenReturn(false);
        new FirstAdmin(accounts, encoder, audit, "admin", "").run(null);
        var saved = ArgumentCaptor.forClass(Account.class);
        verify(accounts).save(saved.capture());
        var matcher = Pattern.compile("mật khẩu:\\s+(\\S+)").matcher(output.getOut());
        assertThat(matcher.find()).as("password printed to the log").isTrue();
        String printed = matcher.group(1);
        assertThat(printed).hasSize(16);
        assertThat(encoder.matches(printed, saved.getValue().getPasswordHash())).isTrue();
        assertThat(saved.getValue().getRoles()).as("account administration and the office's work on a fresh installation")
                .containsExactlyInAnyOrder(Role.SYSTEM_ADMIN, Role.OFFICE);
    }

    @Test
    void theConfiguredPasswordIsUsedAndNeverPrinted(CapturedOutput output) {
        when(accounts.existsWithRole(Role.SYSTEM_ADMIN)).thenReturn(false);
        new FirstAdmin(accounts, encoder, audit, "admin", "a-long-secret-pw").run(null);
        var saved = ArgumentCaptor.forClass(Account.class);
        verify(accounts).save(saved.capture());
        assertThat(encoder.matches("a-long-secret-pw", saved.getValue().getPasswordHash())).isTrue();
        assertThat(output.getOut()).doesNotContain("a-long-secret-pw");
    }

    @Test
    void aLongVietnamesePassphraseStarts() {
        String passphrase = "Mật khẩu quản trị đầu tiên của Liên hiệp Hội Việt Nam, dài hơn bảy mươi hai byte";
        var argon2 = new SecurityConfig().passwordEncoder();
        when(accounts.existsWithRole(Role.SYSTEM_ADMIN)).thenReturn(false);
        new FirstAdmin(accounts, argon2, audit, "admin", passphrase).run(null);
        var saved = ArgumentCaptor.forClass(Account.class);
        verify(accounts).save(saved.capture());
        assertThat(argon2.matches(passphrase, saved.getValue().getPasswordHash())).isTrue();
    }

    @Test
    void aTooShortConfiguredPasswordIsRefused() {
        when(accounts.existsWithRole(Role.SYSTEM_ADMIN)).thenReturn(false);
        assertThatThrownBy(() -> new FirstAdmin(accounts, encoder, audit, "admin", "short").run(null))
                .isInstanceOf(BusinessRuleException.class);
        verify(accounts, never()).save(any());
    }

    @Test
    void nothingHappensWhenAnAdminExists() {
        when(accounts.existsWithRole(Role.SYSTEM_ADMIN)).thenReturn(true);
        new FirstAdmin(accounts, encoder, audit, "admin", "").run(null);
        verify(accounts, never()).save(any());
    }
}
