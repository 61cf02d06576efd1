package vn.vusta.thidua.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The sessions, kept in the database by Spring Session, without a write on every request. Spring Session records the
 * time of each request in the session's row, so that every page a signed-in user opened cost an {@code UPDATE} and a
 * commit (on PostgreSQL a flush of its log), a twelfth of a page's CPU. The time of the last request is now written
 * only when it has moved on by {@link #TOUCH} or more, or with any other change to the session (an attribute, the
 * id changed at sign-in), so that a session ends at most {@link #TOUCH} earlier than its eight hours of inactivity.
 */
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.QuietSession> {
    /** How far the recorded time of the last request may lag behind. */
    static final Duration TOUCH = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> store;

    @SuppressWarnings({"unchecked", "rawtypes"})
    QuietSessions(JdbcIndexedSessionRepository store) { this.store = (FindByIndexNameSessionRepository) store; }

    @Override
    public QuietSession createSession() { return new QuietSession(store.createSession()); }

    @Override
    public void save(QuietSession session) { store.save(session.stored); }

    @Override
    public QuietSession findById(String id) {
        var found = store.findById(id);
        return found == null ? null : new QuietSession(found);
    }

    @Override
    public void deleteById(String id) { store.deleteById(id); }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        var out = new LinkedHashMap<String, QuietSession>();
        store.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, s) -> out.put(id, new QuietSession(s)));
        return out;
    }

    /** A stored session whose time of last request is passed on to the store only when it has moved by {@link #TOUCH}. */
    static final class QuietSession implements Session {
        private final Session stored;

        QuietSession(Session stored) { this.stored = stored; }

        @Override
        public void setLastAccessedTime(Instant at) {
            if (Duration.between(stored.getLastAccessedTime(), at).compareTo(TOUCH) >= 0) stored.setLastAccessedTime(at);
        }

        @Override public Instant getLastAccessedTime() { return stored.getLastAccessedTime(); }
        @Override public String getId() { return stored.getId(); }
        @Override public String changeSessionId() { return stored.changeSessionId(); }
        @Override public <T> T getAttribute(String name) { return stored.getAttribute(name); }
        @Override public Set<String> getAttributeNames() { return stored.getAttributeNames(); }
        @Override public void setAttribute(String name, Object value) { stored.setAttribute(name, value); }
        @Override public void removeAttribute(String name) { stored.removeAttribute(name); }
        @Override public Instant getCreationTime() { return stored.getCreationTime(); }
        @Override public void setMaxInactiveInterval(Duration interval) { stored.setMaxInactiveInterval(interval); }
        @Override public Duration getMaxInactiveInterval() { return stored.getMaxInactiveInterval(); }
        @Override public boolean isExpired() { return stored.isExpired(); }
    }

    /**
     * Spring Boot builds the JDBC session store (its properties, the attribute upsert, the clean-up of expired sessions)
     * and the session filter over it only while no other session store is declared; so the store is left to it and its
     * filter is replaced, once built, by the same filter over the store seen through {@link QuietSessions}, with the
     * same session cookie.
     */
    @Configuration(proxyBeanMethods = false)
    static class Config {
        @Bean
        static BeanPostProcessor quietSessionFilter(ObjectProvider<JdbcIndexedSessionRepository> store, ObjectProvider<CookieSerializer> cookie) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof SessionRepositoryFilter<?>)) return bean;
                    var filter = new SessionRepositoryFilter<>(new QuietSessions(store.getObject()));
                    var resolver = new CookieHttpSessionIdResolver();
                    resolver.setCookieSerializer(cookie.getObject());
                    filter.setHttpSessionIdResolver(resolver);
                    return filter;
                }
            };
        }
    }
}
