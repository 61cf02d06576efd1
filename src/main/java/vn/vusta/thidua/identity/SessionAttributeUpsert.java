package vn.vusta.thidua.identity;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Two requests of one signed-in browser at the same moment (two tabs opened together, a page and its htmx badge) must
 * not fail: both load the session without an attribute (say, the CSRF token Spring Security creates after sign-in),
 * both set it, and Spring Session's plain {@code INSERT} of the second one broke the unique key of
 * {@code spring_session_attributes}, which answered 500 ("Đã có lỗi") to the user. The attribute is written with an
 * upsert instead, the last writer winning as it does for an attribute that already existed: {@code INSERT … ON CONFLICT}
 * on PostgreSQL, {@code MERGE … KEY} on the embedded H2.
 */
@Component
class SessionAttributeUpsert implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {
    static final String POSTGRESQL = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""";
    static final String H2 = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

    private final DataSource dataSource;

    SessionAttributeUpsert(DataSource dataSource) { this.dataSource = dataSource; }

    @Override
    public void customize(JdbcIndexedSessionRepository repository) {
        String product;
        try {
            product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database holds the sessions", e);
        }
        switch (product) {
            case "PostgreSQL" -> repository.setCreateSessionAttributeQuery(POSTGRESQL);
            case "H2" -> repository.setCreateSessionAttributeQuery(H2);
            default -> throw new IllegalStateException("Sessions are kept in PostgreSQL or the embedded H2, not in " + product);
        }
    }
}
