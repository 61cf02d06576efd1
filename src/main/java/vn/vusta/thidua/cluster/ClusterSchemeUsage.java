package vn.vusta.thidua.cluster;

/**
 * Implemented by modules that build on a year's cluster scheme (the campaign module, when it comes): once a year's
 * first campaign uses the scheme, the saved regrouping of that year can no longer be reopened.
 */
public interface ClusterSchemeUsage {
    boolean usesSchemeOf(int year);
}
