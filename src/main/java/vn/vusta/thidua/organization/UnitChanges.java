package vn.vusta.thidua.organization;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Tells {@link UnitLabels} to read the unit register again once a transaction that wrote a unit has committed. */
@Component
class UnitChanges {
    private final UnitLabels labels;

    UnitChanges(UnitLabels labels) { this.labels = labels; }

    @PostPersist @PostUpdate @PostRemove
    void changed(Object unit) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            labels.reload();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override public void afterCompletion(int status) { labels.reload(); }
        });
    }
}
