package vn.vusta.thidua.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.support.IntegrationTest;

/** The people to contact at a unit are personal data: signed-in users only, on the page and in the public API. */
@IntegrationTest
@Transactional
class PersonalDataIntegrationTests {
    static final String PHONE = "0225 3 842 111";
    static final String EMAIL = "lienhiephoi@haiphong.example";
    static final String PERSON = "Nguyễn Thị Liên Hệ";
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    long id;

    @BeforeEach
    void contactDetails() {
        id = jdbc.queryForObject("select id from unit where code = 'LHH-HPG'", Long.class);
        jdbc.update("update unit set address = 'Số 1 Lê Lợi', phone = ?, email = ?, contact_person = ?, website = 'https://lhh.example' "
                + "where id = ?", PHONE, EMAIL, PERSON, id);
    }

    @Test
    void anonymousVisitorsSeeTheAddressButNoPersonalData() throws Exception {
        mvc.perform(get("/units/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Số 1 Lê Lợi")))
                .andExpect(content().string(not(containsString(PHONE))))
                .andExpect(content().string(not(containsString(EMAIL))))
                .andExpect(content().string(not(containsString(PERSON))))
                .andExpect(content().string(containsString("chỉ hiển thị cho người đã đăng nhập")));
        mvc.perform(get("/api/v1/units/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.address").value("Số 1 Lê Lợi"))
                .andExpect(jsonPath("$.contact.website").value("https://lhh.example"))
                .andExpect(jsonPath("$.contact.phone").doesNotExist())
                .andExpect(jsonPath("$.contact.email").doesNotExist())
                .andExpect(jsonPath("$.contact.contactPerson").doesNotExist())
                .andExpect(jsonPath("$.version").doesNotExist());
        mvc.perform(get("/api/v1/clusters").param("year", "2024")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].version").doesNotExist());
    }

    @Test
    void signedInUsersSeeThemAndTheVersionTheyNeedToWrite() throws Exception {
        mvc.perform(get("/units/" + id).with(user("uyvien.demo"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(PHONE)))
                .andExpect(content().string(containsString(EMAIL)))
                .andExpect(content().string(containsString(PERSON)));
        mvc.perform(get("/api/v1/units/" + id).with(httpBasic("haiphong.demo", "demo-2026!"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.phone").value(PHONE))
                .andExpect(jsonPath("$.contact.contactPerson").value(PERSON))
                .andExpect(jsonPath("$.version").isNumber());
        mvc.perform(get("/api/v1/clusters").param("year", "2024").with(httpBasic("haiphong.demo", "demo-2026!")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].version").isNumber());
    }
}
