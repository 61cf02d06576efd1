package vn.vusta.thidua.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application sends to the database (JPA, JdbcTemplate, Spring Session alike), so a
 * test can state "no query per row": {@code statements.during(() -> mvc.perform(get("/units")))}. Every statement
 * prepared or executed on any connection of the application's {@link DataSource} is recorded with its SQL while a
 * {@link #during} call runs (on any thread: MockMvc and real HTTP alike), except the background jobs' threads
 * (Spring's scheduler: session clean-up, the audit sealer's catch-up; the audit sealer itself). Installed for every
 * {@link IntegrationTest} by {@link CleanDatabase}.
 */
public class Statements {
    /** The statements one action issued, with their SQL for the failure message. */
    public record Count(int total, List<String> sql) {
        @Override
        public String toString() { return total + " statements:\n  " + String.join("\n  ", sql); }
    }

    @FunctionalInterface
    public interface Action { void run() throws Exception; }

    private final List<String> recorded = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean recording;

    /** Runs the action and returns the statements it sent to the database. */
    public synchronized Count during(Action action) {
        recorded.clear();
        recording = true;
        try {
            action.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            recording = false;
        }
        synchronized (recorded) {
            return new Count(recorded.size(), List.copyOf(recorded));
        }
    }

    void record(String sql) {
        if (recording && !background() && !sessionCleanUp(sql)) recorded.add(sql == null ? "?" : sql.replaceAll("\\s+", " "));
    }

    /**
     * Spring Session's clean-up of expired sessions runs every minute on a scheduler whose threads are not always
     * named as above (seen on a loaded machine: the clean-up landed inside a count); no request ever sends it.
     */
    private static boolean sessionCleanUp(String sql) {
        return sql != null && sql.replaceAll("\\s+", " ").strip().startsWith("DELETE FROM SPRING_SESSION WHERE EXPIRY_TIME");
    }

    private static boolean background() {
        String thread = Thread.currentThread().getName();
        return thread.startsWith("scheduling-") || thread.startsWith("audit-sealer");
    }

    /** Wraps the application's data source (a test {@link BeanPostProcessor}). */
    BeanPostProcessor installer() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof Counting) ? new Counting(ds) : bean;
            }
        };
    }

    private final class Counting extends DelegatingDataSource {
        Counting(DataSource target) { super(target); }

        @Override
        public Connection getConnection() throws SQLException { return connection(super.getConnection()); }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }
    }

    private Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args, result) -> {
            String name = method.getName();
            if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null && args[0] instanceof String sql) {
                record(sql);
            } else if (name.equals("createStatement") && result instanceof Statement s) {
                return proxy(Statement.class, s, (m, a, r) -> {
                    if (m.getName().startsWith("execute") && !m.getName().equals("executeBatch") && a != null
                            && a.length > 0 && a[0] instanceof String sql) record(sql);
                    if (m.getName().equals("addBatch") && a != null && a.length == 1 && a[0] instanceof String sql) record(sql);
                    return r;
                });
            }
            return result;
        });
    }

    private interface After { Object apply(Method method, Object[] args, Object result) throws Throwable; }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(p)
                    && !c.isInstance(target)) return p;
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.apply(method, args, result);
        };
        return (T) Proxy.newProxyInstance(Statements.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
