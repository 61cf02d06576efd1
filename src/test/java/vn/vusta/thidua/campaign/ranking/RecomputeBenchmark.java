package vn.vusta.thidua.campaign.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.vusta.thidua.campaign.assessment.ScoreSheetStatus;
import vn.vusta.thidua.campaign.assessment.TotalsTree;
import vn.vusta.thidua.campaign.sheet.CriterionType;

/**
 * Recomputing every ranking of a national-scale campaign plus both normalised comparisons, in memory: about 2,000
 * units in 300 clusters, a 60-criterion sheet (6 groups, sub-groups, bonus and penalty), every sheet with self,
 * review and final points. Not part of bin/test (the name does not end in "Tests"). Run:
 * <pre>
 * ./mvnw -q -o test -Dtest=RecomputeBenchmark -Dunits=2000 -Dclusters=300 -Drounds=20
 * </pre>
 * Prints the median and worst round and appends them to target/recompute-benchmark.txt. Target: under 1 s.
 */
class RecomputeBenchmark {

    static TotalsTree sheet() { return new TotalsTree(treeNodes(), BigDecimal.valueOf(90)); }

    static List<ResultData.SheetPoints> sheets(TotalsTree tree, List<TotalsTree.Node> leaves, int units, int clusters) {
        var random = new Random(7);
        var out = new ArrayList<ResultData.SheetPoints>(units);
        for (int u = 0; u < units; u++) {
            var s = new ResultData.SheetPoints(u, u % clusters, 10_000 + u, ScoreSheetStatus.FINAL, "head-" + (u % clusters));
            for (var leaf : leaves) {
                var points = leaf.type() == CriterionType.PENALTY ? BigDecimal.valueOf(-random.nextInt(3))
                        : BigDecimal.valueOf(random.nextInt(5), 1).multiply(leaf.maxPoints()).setScale(2);
                s.entries().put(leaf.id(), new TotalsTree.Entry(points.add(BigDecimal.ONE.min(leaf.maxPoints())), null, points, points));
            }
            out.add(s);
        }
        return out;
    }

    @Test
    void recomputeANationalCampaign() throws Exception {
        int units = Integer.getInteger("units", 2000);
        int clusters = Integer.getInteger("clusters", 300);
        int rounds = Integer.getInteger("rounds", 20);
        var nodes = new ArrayList<TotalsTree.Node>();
        var tree = sheet();
        // the leaves are what sheets hold points for
        for (var n : treeNodes()) if (!n.type().isGroup()) nodes.add(n);
        var data = sheets(tree, nodes, units, clusters);
        for (int i = 0; i < 5; i++) Recompute.all(tree, data, TieBreak.GROUPS_IN_ORDER);   // warm-up
        var times = new ArrayList<Double>();
        List<Recompute.Line> lines = List.of();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            lines = Recompute.all(tree, data, TieBreak.GROUPS_IN_ORDER);
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        var line = String.format("recompute: %d units, %d clusters, %d criteria: median %.1f ms, worst %.1f ms (%d rounds, %d cores)%n",
                units, clusters, nodes.size(), times.get(times.size() / 2), times.getLast(), rounds, Runtime.getRuntime().availableProcessors());
        System.out.print(line);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/recompute-benchmark.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        assertThat(lines).hasSize(units);
        assertThat(nodes).hasSize(60);
    }

    private static List<TotalsTree.Node> treeNodes() {
        var out = new ArrayList<TotalsTree.Node>();
        long id = 1;
        int leaves = 0;
        for (int g = 1; g <= 6; g++) {
            long group = id++;
            out.add(new TotalsTree.Node(group, null, "G" + g, "", CriterionType.GROUP, BigDecimal.valueOf(15)));
            for (int s = 1; s <= 3; s++) {
                long sub = id++;
                out.add(new TotalsTree.Node(sub, group, "", "", CriterionType.GROUP, BigDecimal.ZERO));
                for (int l = 1; l <= 4 && leaves < 58; l++, leaves++) {
                    out.add(new TotalsTree.Node(id++, sub, "", "", CriterionType.JUDGED, BigDecimal.valueOf(2)));
                }
            }
        }
        out.add(new TotalsTree.Node(id++, null, "T", "", CriterionType.BONUS, BigDecimal.valueOf(5)));
        out.add(new TotalsTree.Node(id, null, "P", "", CriterionType.PENALTY, BigDecimal.valueOf(5)));
        return out;
    }
}
