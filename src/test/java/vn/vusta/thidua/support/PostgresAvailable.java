package vn.vusta.thidua.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Fails the suite at once, with the remedy, when the PostgreSQL the integration tests need is not running. */
public class PostgresAvailable implements BeforeAllCallback {
    private static volatile Boolean reachable;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (reachable == null) reachable = probe();
        if (!reachable) {
            throw new IllegalStateException("""
                    PostgreSQL is not reachable at 127.0.0.1:5432 (user postgres, database test).
                    Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
                    (bin/test does this for you).""");
        }
    }

    private static boolean probe() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
