/**
 * Secret ballots (bỏ phiếu kín): the electorate (one vote per unit), casting from the delegate's own account, the
 * decision rule (threshold, denominator, self-vote, tie-breaks), the tally, receipts (random trackers) and the sealed
 * box anyone allowed to see the result can recount. Meetings use it through {@link vn.vusta.thidua.ballot.Ballots};
 * it publishes {@link vn.vusta.thidua.ballot.BallotClosed}. Secret by construction: the box
 * ({@code ballot_box}) has no voter, time or sequence column, participation ({@code ballot_voter}) is a separate
 * record, and closing rewrites both so that neither row order nor transaction ids follow the casting order.
 */
package vn.vusta.thidua.ballot;
