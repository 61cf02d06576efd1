package vn.vusta.thidua.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vusta.thidua.ballot.BallotFixture.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.Statements;

/**
 * The ballot through its pages and API: the delegates' ballot papers (self-vote and k refused with Vietnamese
 * messages, nothing stored), receipts in the answer only, closing, the result page with the rule stated, the receipt
 * check, publication choices, and AN INDEPENDENT RECOUNT: the tally and the seal recomputed from the public box
 * with nothing but the formula of the API description.
 */
@IntegrationTest
class BallotPagesIntegrationTests {
    static final int YEAR = 2071;
    static final Pattern TRACKER = Pattern.compile("id=\"tracker\">([0-9a-f]{32})<");
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Ballots ballots;
    @Autowired ObjectMapper json;
    @Autowired Statements statements;

    @AfterAll
    static void remove(@Autowired JdbcTemplate jdbc) { BallotFixture.removeBallots(jdbc, YEAR); }

    static MockHttpServletRequestBuilder as(String code, MockHttpServletRequestBuilder r) {
        r.with(user(account(code)).roles("UNIT_OFFICER"));
        return r.with(csrf());
    }

    String body(MockHttpServletRequestBuilder r, int status) throws Exception {
        return mvc.perform(r).andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void delegatesVoteOnTheirPhonesTheManagerClosesAndAnyoneAllowedRecountsTheBox() throws Exception {
        var f = new BallotFixture(jdbc, tx);
        f.cluster(YEAR);
        var u = f.units();
        BallotFixture.signIn(account("THA"));
        long id = ballots.create(f.acclaim(YEAR, DecisionRule.majorityOfVotesCast(), null));
        ballots.open(id);
        BallotFixture.signOut();
        var cand = new HashMap<String, Long>();
        ballots.find(id).orElseThrow().candidates().forEach(c -> u.forEach((code, unit) -> { if (unit.equals(c.unitId())) cand.put(code, c.id()); }));

        var manage = body(as("THA", get("/ballots/{id}", id)), 200);
        assertThat(manage).contains("Đã bỏ phiếu: 0/6 đơn vị").contains("quá 1/2 số phiếu bầu").contains("Đơn vị không được bỏ phiếu cho chính mình.");
        // Lạng Sơn's paper: its own row is disabled.
        var paper = body(as("LSN", get("/ballots/{id}/vote", id)), 200);
        assertThat(paper).containsPattern("id=\"choice-" + cand.get("LSN") + "\"[^>]*disabled");
        // Refusals: for oneself, more than k; nothing stored.
        assertThat(body(as("LSN", post("/ballots/{id}/vote", id).param("choice", String.valueOf(cand.get("LSN")))), 422))
                .contains("Đơn vị không được bỏ phiếu cho chính mình.");
        assertThat(body(as("HTH", post("/ballots/{id}/vote", id).param("choice", String.valueOf(cand.get("LSN")))
                .param("choice", String.valueOf(cand.get("QNH")))), 422)).contains("Chỉ được chọn tối đa 1 ứng viên.");
        assertThat(jdbc.queryForObject("select count(*) from ballot_box where ballot_id = ?", Integer.class, id)).isZero();
        // An absent unit's delegate (Cao Bằng) has no ballot paper.
        mvc.perform(as("CBG", get("/ballots/{id}/vote", id))).andExpect(status().isForbidden());

        var trackers = new ArrayList<String>();
        var votes = Map.of("HTH", "THA", "LSN", "THA", "NAN", "THA", "QNH", "THA", "SLA", "LSN", "THA", "QNH");
        for (var e : votes.entrySet()) {
            var result = mvc.perform(as(e.getKey(), post("/ballots/{id}/vote", id).param("choice", String.valueOf(cand.get(e.getValue())))))
                    .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store")).andReturn();
            var m = TRACKER.matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(m.find()).isTrue();
            trackers.add(m.group(1));
        }
        assertThat(body(as("HTH", post("/ballots/{id}/vote", id).param("choice", String.valueOf(cand.get("LSN")))), 422))
                .contains("Đơn vị của bạn đã bỏ phiếu; mỗi đơn vị chỉ bỏ một phiếu.");
        assertThat(body(as("HTH", get("/ballots/{id}/vote", id)), 200)).contains("id=\"already-voted\"").doesNotContain("id=\"cast\"");
        assertThat(body(as("THA", get("/ballots/{id}", id)), 200)).contains("Đã bỏ phiếu: 6/6 đơn vị");
        // Before closing, no result and no box.
        mvc.perform(as("HTH", get("/ballots/{id}/result", id))).andExpect(status().isForbidden());

        mvc.perform(as("THA", post("/ballots/{id}/close", id))).andExpect(status().is3xxRedirection());
        assertThat(body(as("NAN", post("/ballots/{id}/vote", id).param("choice", String.valueOf(cand.get("THA")))), 422))
                .contains("Cuộc bỏ phiếu đã đóng, không nhận thêm phiếu.");

        var result = body(as("HTH", get("/ballots/{id}/result", id)), 200);
        assertThat(result).contains("Kết quả: LHH Thanh Hóa").contains("Với số phiếu bầu (phiếu hợp lệ, kể cả phiếu trống) (6), cần ít nhất 4 phiếu.")
                .contains(ballots.result(id).sealHash());
        var checked = body(as("HTH", post("/ballots/{id}/verify", id).param("tracker", trackers.get(2))), 200);
        assertThat(checked).contains("Có: phiếu mang mã này nằm trong hòm phiếu đã niêm phong");
        assertThat(body(as("HTH", post("/ballots/{id}/verify", id).param("tracker", "f".repeat(32))), 200))
                .contains("Không có phiếu nào mang mã này trong hòm phiếu.");

        // The API: the ballot, then the box, recounted independently.
        JsonNode ballot = json.readTree(body(as("HTH", get("/api/v1/ballots/{id}", id)), 200));
        assertThat(ballot.get("status").asString()).isEqualTo("CLOSED");
        assertThat(ballot.get("electorateSize").asInt()).isEqualTo(6);
        assertThat(ballot.get("votedCount").asInt()).isEqualTo(6);
        assertThat(ballot.get("candidates")).hasSize(3);
        JsonNode box = json.readTree(body(as("HTH", get("/api/v1/ballots/{id}/box", id)), 200));
        recount(id, box);
        assertThat(box.get("winners").get(0).asLong()).isEqualTo(cand.get("THA"));
        assertThat(box.get("entries")).extracting(e -> e.get("tracker").asString()).containsExactlyInAnyOrderElementsOf(trackers);
        var docs = body(get("/v3/api-docs"), 200);
        assertThat(docs).contains("lowercase hex SHA-256 of the UTF-8 text").contains("/api/v1/ballots/{id}/box");

        // The result page reads in a fixed number of statements.
        var count = statements.during(() -> mvc.perform(as("HTH", get("/ballots/{id}/result", id))).andExpect(status().isOk()));
        assertThat(count.total()).as(count.toString()).isLessThanOrEqualTo(25);

        // Only the outcome: the delegates no longer see the count or the box; public: anyone sees the outcome.
        long version = ballots.find(id).orElseThrow().version();
        mvc.perform(as("THA", post("/ballots/{id}/publication", id).param("publication", "OUTCOME_ONLY").param("resultPublic", "true")
                .param("version", String.valueOf(version)))).andExpect(status().is3xxRedirection());
        var outcomeOnly = body(as("HTH", get("/ballots/{id}/result", id)), 200);
        assertThat(outcomeOnly).contains("Kết quả: LHH Thanh Hóa").contains("id=\"outcome-only\"").doesNotContain("id=\"tally\"");
        mvc.perform(as("HTH", get("/api/v1/ballots/{id}/box", id))).andExpect(status().isForbidden());
        assertThat(body(get("/ballots/{id}/result", id), 200)).contains("Kết quả: LHH Thanh Hóa").doesNotContain("id=\"tally\"");
        mvc.perform(get("/api/v1/ballots/{id}/box", id)).andExpect(status().isUnauthorized());
        // A stale form is refused.
        mvc.perform(as("THA", post("/ballots/{id}/publication", id).param("publication", "FULL").param("version", String.valueOf(version))))
                .andExpect(status().is3xxRedirection());
        assertThat(ballots.find(id).orElseThrow().publication()).isEqualTo(Publication.OUTCOME_ONLY);
    }

    /** Recomputes the tally and the seal from the box's JSON alone (choose up to k), as a voter's script would. */
    static void recount(long id, JsonNode box) throws Exception {
        var tally = new HashMap<Long, Integer>();
        var text = new StringBuilder("ballot:" + id + "\n");
        String previous = "";
        for (var entry : box.get("entries")) {
            String tracker = entry.get("tracker").asString(), choices = entry.get("choices").asString();
            assertThat(tracker).as("entries in tracker order").isGreaterThan(previous);
            previous = tracker;
            text.append(tracker).append(':').append(choices).append('\n');
            if (!choices.isEmpty()) for (var c : choices.split(",")) tally.merge(Long.valueOf(c), 1, Integer::sum);
        }
        String seal = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(box.get("sealHash").asString()).isEqualTo(seal);
        for (var t : box.get("tally")) {
            assertThat(t.get("votes").asInt()).as("votes of " + t.get("candidateId")).isEqualTo(tally.getOrDefault(t.get("candidateId").asLong(), 0));
        }
        List<Long> top = tally.entrySet().stream().filter(e -> e.getValue() * 2 > box.get("entries").size()).map(Map.Entry::getKey).toList();
        assertThat(box.get("winners")).extracting(JsonNode::asLong).containsExactlyElementsOf(top);
    }
}
