package vn.vusta.thidua.ballot;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.ActorContext;

/**
 * Who may do what with a ballot, for pages, the API and {@link Ballots} alike. The office manages every ballot, the
 * officers of its manager unit manage that one; the officers of the electorate's units vote (each for their own unit
 * only); the managers, the electorate and the Presidium member in charge of the cluster see the ballot and, once
 * closed, its result; everyone sees a result its managers made public. The box itself (every entry): the managers,
 * and the others who see the result unless the managers publish only the outcome. A ballot that does not exist: nobody.
 */
@Component("ballotPolicy")
public class BallotPolicy {
    private final ActorContext actors;
    private final BallotRecords records;
    private final BallotBox box;
    private final ClusterQueries clusters;

    BallotPolicy(ActorContext actors, BallotRecords records, BallotBox box, ClusterQueries clusters) {
        this.actors = actors;
        this.records = records;
        this.box = box;
        this.clusters = clusters;
    }

    /** A new ballot: the office, or an officer of the unit that is to manage it. */
    public boolean mayCreate(BallotSpec spec) {
        var actor = actors.current();
        return spec != null && (actor.isOffice() || spec.managerUnitId() != null && actor.actsFor(spec.managerUnitId()));
    }

    @Transactional(readOnly = true)
    public boolean mayManage(long id) {
        var actor = actors.current();
        return records.findById(id).map(b -> manages(actor, b)).orElse(false);
    }

    /** Casting for {@code unitId}: only that unit's officer, and only if the unit is in the ballot's electorate. */
    @Transactional(readOnly = true)
    public boolean mayCast(long id, long unitId) {
        var actor = actors.current();
        return actor.actsFor(unitId) && records.existsById(id) && box.electorate(id).contains(unitId);
    }

    /** The voting page: an officer of a unit in the electorate. */
    @Transactional(readOnly = true)
    public boolean mayVote(long id) {
        var actor = actors.current();
        return actor.unitId() != null && mayCast(id, actor.unitId());
    }

    /** The ballot (question, candidates, how many have voted). */
    @Transactional(readOnly = true)
    public boolean mayView(long id) {
        var actor = actors.current();
        return records.findById(id).map(b -> b.getStatus() == BallotStatus.CLOSED && b.isResultPublic() || insider(actor, b)).orElse(false);
    }

    /** The result page (tally or only the outcome, as published) and the receipt check: once closed, whoever sees the ballot. */
    @Transactional(readOnly = true)
    public boolean mayViewResult(long id) {
        return records.findById(id).filter(b -> b.getStatus() == BallotStatus.CLOSED).isPresent() && mayView(id);
    }

    /** Every entry of the closed box: the managers; the others who see the result unless only the outcome is published. */
    @Transactional(readOnly = true)
    public boolean mayViewBox(long id) {
        var actor = actors.current();
        return records.findById(id).filter(b -> b.getStatus() == BallotStatus.CLOSED)
                .map(b -> manages(actor, b) || b.getPublication() == Publication.FULL && mayView(id)).orElse(false);
    }

    private boolean manages(Actor actor, Ballot b) {
        return actor.isOffice() || b.getManagerUnitId() != null && actor.actsFor(b.getManagerUnitId());
    }

    private boolean insider(Actor actor, Ballot b) {
        if (!actor.isAuthenticated()) return false;
        if (manages(actor, b)) return true;
        if (actor.unitId() != null && actor.actsFor(actor.unitId()) && box.electorate(b.getId()).contains(actor.unitId())) return true;
        return b.getClusterId() != null && actor.username().equals(clusters.get(b.getClusterId()).supervisorUsername());
    }
}
