package vn.vusta.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.common.VietnameseText;
import vn.vusta.thidua.support.IntegrationTest;

/** The unit list: search and Vietnamese order in the database, pages, and the status as of a date. */
@IntegrationTest
class UnitListIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired UnitCatalog catalog;
    @Autowired UnitService service;
    @Autowired JdbcTemplate jdbc;

    static final LocalDate BEFORE_MERGER = LocalDate.of(2024, 1, 1);

    List<UnitSummary> unions(LocalDate date) {
        return catalog.search(new UnitCatalog.Criteria(null, UnitType.PROVINCIAL_UNION, null, date));
    }

    @Test
    void provincesInVietnameseOrderSyllableBySyllable() {
        var provinces = unions(BEFORE_MERGER).stream().map(UnitSummary::province).toList();
        assertThat(provinces).hasSize(63).containsSubsequence("Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng",
                "Hậu Giang", "Hòa Bình");
        assertThat(provinces).containsSubsequence("Bà Rịa – Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
                "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk");
        assertThat(provinces).isSortedAccordingTo(VietnameseText.byName(p -> p));
    }

    @Test
    void theDatabaseFiltersLikeExistsOn() {
        var all = catalog.search(UnitCatalog.Criteria.all());
        for (var date : List.of(LocalDate.of(1990, 1, 1), BEFORE_MERGER, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1), LocalDate.of(2026, 11, 26))) {
            assertThat(catalog.search(new UnitCatalog.Criteria(null, null, null, date))).as(date.toString())
                    .containsExactlyElementsOf(all.stream().filter(u -> u.existsOn(date)).toList());
            for (var status : UnitStatus.values()) {
                assertThat(catalog.search(new UnitCatalog.Criteria(null, null, status, date))).as(date + " " + status)
                        .containsExactlyElementsOf(all.stream().filter(u -> u.existsOn(date) && u.statusOn(date) == status).toList());
            }
        }
    }

    @Test
    void searchIgnoresDiacriticsCaseAndFindsCodes() {
        assertThat(catalog.search(new UnitCatalog.Criteria("HẢI DƯƠNG", null, null, null))).extracting(UnitSummary::code).containsExactly("LHH-HDG");
        assertThat(catalog.search(new UnitCatalog.Criteria("hai duong", null, null, null))).extracting(UnitSummary::code).containsExactly("LHH-HDG");
        assertThat(catalog.search(new UnitCatalog.Criteria("lhh-pto25", null, null, null))).extracting(UnitSummary::code).containsExactly("LHH-PTO25");
        assertThat(catalog.search(new UnitCatalog.Criteria("dak lak", null, null, BEFORE_MERGER))).extracting(UnitSummary::province).containsExactly("Đắk Lắk");
        assertThat(catalog.search(new UnitCatalog.Criteria("100%_", null, null, null))).isEmpty();
    }

    @Test
    @Transactional
    @WithMockUser("vanphong.demo")
    void aRenamedUnitIsFoundAndSortedByItsNewName() {
        var created = service.create(new UnitForm(null, "HOI-ZZ", "Hội Ẩn Danh", "Ẩn Danh", UnitType.NATIONAL_ASSOCIATION,
                null, UnitStatus.ACTIVE, null, null, null, null, null, null, null));
        assertThat(catalog.search(new UnitCatalog.Criteria("an danh", null, null, null))).extracting(UnitSummary::code).containsExactly("HOI-ZZ");
        service.update(created.getId(), new UnitForm(created.getVersion(), "HOI-ZZ", "Hội Đồng Bằng", "Đồng Bằng",
                UnitType.NATIONAL_ASSOCIATION, null, UnitStatus.ACTIVE, null, null, null, null, null, null, null));
        assertThat(catalog.search(new UnitCatalog.Criteria("an danh", null, null, null))).isEmpty();
        assertThat(catalog.search(new UnitCatalog.Criteria("dong bang", null, null, null))).extracting(UnitSummary::code).containsExactly("HOI-ZZ");
        assertThat(jdbc.queryForObject("select sort_key from unit where code = 'HOI-ZZ'", String.class))
                .isEqualTo(VietnameseText.sortKey("Đồng Bằng"));
    }

    @Test
    void pagesOfFiftyKeepTheFilters() throws Exception {
        var page = catalog.search(new UnitCatalog.Criteria(null, null, null, BEFORE_MERGER), PageRequest.of(1, 50));
        assertThat(page.getTotalElements()).isEqualTo(64);
        assertThat(page.getContent()).hasSize(14);
        mvc.perform(get("/units").param("date", "2024-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("64 đơn vị tồn tại ngày 01/01/2024")))
                .andExpect(content().string(containsString("Trang 1/2")))
                .andExpect(content().string(containsString("href=\"/units?date=2024-01-01&amp;page=2\"")))
                .andExpect(content().string(containsString("Trang sau")));
        mvc.perform(get("/units").param("date", "2024-01-01").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trang 2/2")))
                .andExpect(content().string(containsString("href=\"/units?date=2024-01-01\"")))
                .andExpect(content().string(containsString(">LHH-YBI<")))
                .andExpect(content().string(not(containsString("LHH-AGG<"))));
        mvc.perform(get("/units").param("q", "hai duong")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Trang 1/"))));
    }

    @Test
    void asOfADateShowsTheStatusOnThatDate() throws Exception {
        mvc.perform(get("/units").param("date", "2025-06-30").param("q", "LHH-HDG"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tình trạng ngày 30/06/2025")))
                .andExpect(content().string(containsString("<span class=\"badge bg-success\">Đang hoạt động</span>")))
                .andExpect(content().string(not(containsString("<span class=\"badge bg-secondary\">Đã hợp nhất</span>"))));
        mvc.perform(get("/units").param("q", "LHH-HDG"))
                .andExpect(content().string(containsString("<span class=\"badge bg-secondary\">Đã hợp nhất</span>")));
        mvc.perform(get("/units").param("date", "2025-06-30").param("status", "MERGED")).andExpect(status().isOk())
                .andExpect(content().string(containsString("0 đơn vị tồn tại ngày 30/06/2025")));
    }

    @Test
    void theApiStaysAnArrayAndPagesOnRequest() throws Exception {
        mvc.perform(get("/api/v1/units").param("date", "2024-01-01"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "64"))
                .andExpect(jsonPath("$.length()").value(64))
                .andExpect(jsonPath("$[0].code").value("LHH-AGG"));
        mvc.perform(get("/api/v1/units").param("date", "2024-01-01").param("page", "2").param("size", "20"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "64"))
                .andExpect(jsonPath("$.length()").value(20))
                .andExpect(jsonPath("$[0].code").value(unions(BEFORE_MERGER).get(20).code()));
        mvc.perform(get("/api/v1/units").param("page", "0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Số trang (page) phải từ 1 và số đơn vị mỗi trang (size) từ 1 đến 500."));
        mvc.perform(get("/api/v1/units").param("page", "1").param("size", "501")).andExpect(status().isBadRequest());
    }
}
