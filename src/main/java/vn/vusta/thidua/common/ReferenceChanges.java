package vn.vusta.thidua.common;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Entity listener of the reference data (units, lineage links, clusters, cluster years and memberships): empties the
 * {@link ReferenceCache} when a write is flushed, and again when its transaction has ended, so that a page read
 * between the flush and the commit cannot keep the old state.
 */
@Component
public class ReferenceChanges {
    private final ReferenceCache cache;

    ReferenceChanges(ReferenceCache cache) { this.cache = cache; }

    @PostPersist @PostUpdate @PostRemove
    void changed(Object entity) {
        cache.changed();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override public void afterCompletion(int status) { cache.changed(); }
            });
        }
    }
}
