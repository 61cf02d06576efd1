package vn.vusta.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import vn.vusta.thidua.support.CleanDatabase;

/**
 * With the reference data cache on (as in production; the rest of the suite runs with it off), the public pages
 * show a write made through the application on the very next request: a unit renamed by the office appears on
 * {@code /units}, on the overview and on its cluster's page, a cluster renamed on both cluster pages. A change made
 * behind the application's back (plain SQL) is not seen until the entry expires: the pages really are served from
 * the cache. Runs on its own embedded database (its own context, the cache switched on), not the shared PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:reference-cache;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "thidua.cache.reference-ttl=1h"})
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class ReferenceCacheIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired UnitService service;
    @Autowired UnitCatalog catalog;

    @AfterEach
    void signOut() { SecurityContextHolder.clearContext(); }

    String page(String url) {
        try {
            return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new AssertionError(url, e);
        }
    }

    @Test
    void anEditThroughTheApplicationShowsOnTheNextRequest() throws Exception {
        long cluster = jdbc.queryForObject("select id from cluster where code = 'CUM-02' and cluster_year = 2025", Long.class);
        long unitId = jdbc.queryForObject("select u.id from unit u join cluster_member m on m.unit_id = u.id"
                + " where m.cluster_id = ? order by u.code limit 1", Long.class, cluster);
        var unit = catalog.entity(unitId);
        // the overview names members by their short name, the unit list and the cluster page by their full name
        var shown = new java.util.LinkedHashMap<String, String>();
        shown.put("/units?q=" + unit.getCode(), unit.getName());
        shown.put("/clusters/" + cluster, unit.getName());
        shown.put("/?year=2025", unit.getShortName());
        shown.forEach((url, text) -> assertThat(page(url)).as(url).contains(text));

        jdbc.update("update unit set name = 'Hội Sửa Ngầm', short_name = 'Sửa Ngầm' where id = ?", unitId);
        shown.forEach((url, text) -> assertThat(page(url)).as("served from the cache: " + url).contains(text).doesNotContain("Sửa Ngầm"));

        // MockMvc's security filters leave the thread without an account after each request: act as the office again
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        var form = UnitForm.of(catalog.entity(unitId));
        service.update(unitId, new UnitForm(form.version(), form.code(), "Hội Đổi Tên Bộ Đệm", "Đổi Tên Bộ Đệm", form.type(),
                form.province(), form.status(), form.validFrom(), form.validTo(), form.address(), form.phone(), form.email(),
                form.website(), form.contactPerson()));
        shown.keySet().forEach(url -> assertThat(page(url)).as("after the edit: " + url).contains("Đổi Tên Bộ Đệm"));

        long version = jdbc.queryForObject("select version from cluster where id = ?", Long.class, cluster);
        mvc.perform(post("/clusters/" + cluster + "/details").with(user("admin").roles("OFFICE", "SYSTEM_ADMIN")).with(csrf())
                        .param("version", String.valueOf(version)).param("name", "Cụm đổi tên bộ đệm").param("supervisorName", "")
                        .param("supervisorUsername", "").param("correctionReason", "Sửa tên cụm trong bộ đệm"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select name from cluster where id = ?", String.class, cluster)).isEqualTo("Cụm đổi tên bộ đệm");
        assertThat(page("/?year=2025")).contains("Cụm đổi tên bộ đệm");
        assertThat(page("/clusters/" + cluster)).contains("Cụm đổi tên bộ đệm");
    }
}
