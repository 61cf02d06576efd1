package vn.vusta.thidua.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.vusta.thidua.common.BusinessRuleException;

/**
 * The password rules (10 to 200 characters: a long Vietnamese passphrase is welcome, Argon2id has no 72-byte limit)
 * and what a new password means for the account's sessions: all the others end once the change is committed.
 */
@Component
class Passwords {
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;
    private final PasswordEncoder encoder;
    private final FindByIndexNameSessionRepository<?> sessions;

    Passwords(PasswordEncoder encoder, FindByIndexNameSessionRepository<?> sessions) {
        this.encoder = encoder;
        this.sessions = sessions;
    }

    static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new BusinessRuleException("account.password.tooShort", MIN_LENGTH);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw new BusinessRuleException("account.password.tooLong", MAX_LENGTH);
        }
    }

    String hash(String password) {
        check(password);
        return encoder.encode(password);
    }

    boolean matches(String raw, String hash) { return raw != null && encoder.matches(raw, hash); }

    /** Ends every session of the account but {@code keep} (the session that made the change, if any), after commit. */
    void endSessions(String username, String keep) {
        Runnable end = () -> sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep)).forEach(sessions::deleteById);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() { end.run(); }
            });
        } else {
            end.run();
        }
    }
}
