package vn.vusta.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.Statements;

/** The "Hội thành viên" list of a union's page issues no query per association: many associations cost what few do. */
@IntegrationTest
@Transactional
class AssociationStatementCountIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Statements statements;
    @Autowired JdbcTemplate jdbc;

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    void associations(String union, int n) {
        for (int i = 1; i <= n; i++) {
            jdbc.update("""
                    insert into unit (code, name, short_name, type, province, status, owner_unit_id)
                    values (?, ?, ?, 'MEMBER_ASSOCIATION', null, 'ACTIVE', ?)""", union + "-T" + i, "Hội thử " + i + " " + union, "Hội thử " + i, unit(union));
        }
    }

    Statements.Count count(RequestBuilder request) {
        return statements.during(() -> mvc.perform(request).andExpect(status().isOk()));
    }

    @Test
    void theAssociationListOfAUnionCostsTheSameForManyAndFew() {
        associations("LHH-HNI", 40);
        associations("LHH-HDG", 2);       // carried on by the new Hải Phòng: listed there with where they came from
        associations("LHH-HPG25", 1);
        var many = count(get("/units/{id}/associations", unit("LHH-HNI")));
        var carried = count(get("/units/{id}/associations", unit("LHH-HPG25")));
        var searched = count(get("/units/{id}/associations", unit("LHH-HNI")).param("q", "hoi thu 7").param("page", "1"));
        var signedIn = count(get("/units/{id}/associations", unit("LHH-HNI")).with(user("hanoi.demo")));
        assertThat(many.total()).as(many.toString()).isLessThanOrEqualTo(5);
        assertThat(carried.total()).as(carried.toString()).isLessThanOrEqualTo(many.total());
        assertThat(searched.total()).as(searched.toString()).isLessThanOrEqualTo(many.total());
        // the account and its roles once, the union once for the "add" button; MockMvc's user() stores a new session (2 inserts)
        assertThat(signedIn.total()).as(signedIn.toString()).isLessThanOrEqualTo(many.total() + 4);
    }

    @Test
    void theUnitListFilteredByUnionCostsTheSameAsTheWholeList() {
        associations("LHH-HNI", 60);
        var byUnion = count(get("/units").param("owner", String.valueOf(unit("LHH-HNI"))).param("type", "MEMBER_ASSOCIATION"));
        var all = count(get("/units"));
        assertThat(byUnion.total()).as(byUnion.toString()).isLessThanOrEqualTo(all.total() + 3);   // the union's name, its lineage
    }
}
