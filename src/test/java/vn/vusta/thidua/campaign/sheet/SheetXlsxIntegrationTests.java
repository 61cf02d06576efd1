package vn.vusta.thidua.campaign.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.vusta.thidua.document.XlsxWriter;
import vn.vusta.thidua.support.IntegrationTest;

/** A sheet's XLSX: export, import of what export wrote (round trip), a hand-made file, and files that are refused. */
@IntegrationTest
class SheetXlsxIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    long demo() { return jdbc.queryForObject("select id from scoring_sheet where code = ? and sheet_version = 1", Long.class, DemoSheets.CODE); }

    long sheets() { return jdbc.queryForObject("select count(*) from scoring_sheet", Long.class); }

    ResultActions upload(byte[] content, String filename) throws Exception {
        return mvc.perform(multipart("/admin/sheets/import").file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                .with(user("vanphong.demo")).with(csrf()));
    }

    /** Each node as one comparable line: code, parent, name, type, formula, max, per occurrence, evidence, unit, guidance. */
    List<String> tree(long sheet) {
        return jdbc.queryForList("""
                select c.code || '|' || coalesce(p.code, '') || '|' || c.name || '|' || c.type || '|' || coalesce(c.formula, '') || '|'
                       || c.max_points || '|' || coalesce(c.points_per_occurrence::text, '') || '|' || c.evidence_required || '|'
                       || coalesce(c.unit_of_measure, '') || '|' || coalesce(c.guidance, '') || '|' || c.position
                from criterion c left join criterion p on p.id = c.parent_id where c.sheet_id = ? order by c.code""", String.class, sheet);
    }

    @Test
    void whatExportWritesImportReadsBackAsTheNextVersionWithTheSameTree() throws Exception {
        var response = mvc.perform(get("/admin/sheets/" + demo() + "/xlsx").with(user("vanphong.demo"))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "bang-diem-BD-CUM-LHH-MAU-v1.xlsx");
        upload(response.getContentAsByteArray(), "bang-diem.xlsx").andExpect(status().is3xxRedirection());
        long imported = jdbc.queryForObject("select id from scoring_sheet where code = ? order by sheet_version desc limit 1", Long.class, DemoSheets.CODE);
        assertThat(tree(imported)).hasSize(61).isEqualTo(tree(demo()));
        var before = jdbc.queryForMap("select name, level, valid_from, valid_to, legal_ref, owner_unit_id from scoring_sheet where id = ?", demo());
        var after = jdbc.queryForMap("select name, level, valid_from, valid_to, legal_ref, owner_unit_id from scoring_sheet where id = ?", imported);
        assertThat(after).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from audit_journal where action = 'SHEET_IMPORTED' and entity_id = ?", Long.class,
                String.valueOf(imported)) + jdbc.queryForObject("select count(*) from audit_entry where action = 'SHEET_IMPORTED' and entity_id = ?",
                Long.class, String.valueOf(imported))).isOne();
    }

    static byte[] workbook(List<String> headers, List<List<Object>> rows, List<List<Object>> info) {
        return new XlsxWriter().table("Tiêu chí", headers, rows).table("Thông tin", List.of("Mục", "Nội dung"), info).toBytes();
    }

    static final List<List<Object>> INFO = List.of(List.of("Mã bảng điểm", "BD-TAY"), List.of("Tên bảng điểm", "Bảng điểm lập bằng tay"),
            List.of("Cấp", "Liên hiệp Hội Việt Nam"), List.of("Có hiệu lực từ", "01/01/2026"));

    @Test
    void aHandMadeFileWithoutTheParentColumnTakesTheHierarchyFromTheCodesInAnyColumnOrder() throws Exception {
        var headers = List.of("Tên tiêu chí", "Mã", "Loại", "Điểm tối đa", "Công thức", "Điểm mỗi lần", "cần minh chứng");
        List<List<Object>> rows = List.of(
                Arrays.asList("Công tác tổ chức", "I", "Nhóm", 100, null, null, null),
                Arrays.asList("Phát triển hội viên", "I.1", "dinh luong", 60, "Tỷ lệ", null, "x"),
                Arrays.asList("Hội thảo", "I.2", "Theo số lần", "40", null, "2,5", "Có"),
                Arrays.asList("Hội thảo quốc tế", "I.2.a", "Đạt/Không đạt", 0, null, null, null));
        upload(workbook(headers, rows, INFO), "tay.xlsx").andExpect(status().isUnprocessableContent())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("Trang “Tiêu chí”, dòng 5, cột “Mã”: “I.2” (dòng 4) không phải loại Nhóm"));
        upload(workbook(headers, rows.subList(0, 3), INFO), "tay.xlsx").andExpect(status().is3xxRedirection());
        long sheet = jdbc.queryForObject("select id from scoring_sheet where code = 'BD-TAY'", Long.class);
        assertThat(tree(sheet)).containsExactly(
                "I||Công tác tổ chức|GROUP||100.00||false|||0",
                "I.1|I|Phát triển hội viên|QUANTITATIVE|PROPORTIONAL|60.00||true|||0",
                "I.2|I|Hội thảo|PER_OCCURRENCE||40.00|2.50|true|||1");
    }

    @Test
    void aBadFileIsRefusedNamingEachRowAndColumnAndNothingIsSaved() throws Exception {
        long before = sheets();
        var headers = List.of("Mã", "Thuộc nhóm", "Tên tiêu chí", "Loại", "Công thức", "Điểm tối đa", "Điểm mỗi lần", "Cần minh chứng");
        List<List<Object>> rows = List.of(
                Arrays.asList("I", null, "Nhóm một", "Nhóm", null, 50, null, null),
                Arrays.asList("I.1", "I", "Tiêu chí sai loại", "Định tính", null, 10, null, null),
                Arrays.asList("I.2", "I", "Điểm sai", "Chấm trực tiếp", null, "mười", null, null),
                Arrays.asList("I.3", "II", "Nhóm không có", "Chấm trực tiếp", null, 5, null, null),
                Arrays.asList("I.4", "I", "Định lượng thiếu công thức", "Định lượng", null, 5, null, null),
                Arrays.asList("I.1", "I", "Mã trùng", "Chấm trực tiếp", null, 5, null, "có lẽ"));
        var html = upload(workbook(headers, rows, List.of(List.of("Mã bảng điểm", "BD-SAI"), List.of("Có hiệu lực từ", "31/02/2026"))), "sai.xlsx")
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(
                "Trang “Thông tin”, mục “Tên bảng điểm”: cần nhập.",
                "Trang “Thông tin”, mục “Có hiệu lực từ”: “31/02/2026” không phải ngày",
                "Trang “Tiêu chí”, dòng 3, cột “Loại”: “Định tính” không có trong danh sách",
                "Trang “Tiêu chí”, dòng 4, cột “Điểm tối đa”: “mười” không phải là số.",
                "Trang “Tiêu chí”, dòng 5, cột “Thuộc nhóm”: không thấy nhóm “II”",
                "Trang “Tiêu chí”, dòng 6, cột “Công thức”: Tiêu chí I.4: chỉ tiêu chí định lượng mới có công thức",
                "Trang “Tiêu chí”, dòng 7, cột “Cần minh chứng”: “có lẽ”: ghi “Có” hoặc để trống.");
        assertThat(sheets()).isEqualTo(before);
    }

    @Test
    void whatIsNotAnXlsxWorkbookOrIsTooLargeIsRefusedByItsContent() throws Exception {
        long before = sheets();
        upload("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "bang-diem.xlsx").andExpect(status().isUnprocessableContent())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("không phải bảng tính Excel (.xlsx)"));
        upload(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "cu.xlsx").andExpect(status().isUnprocessableContent())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("tệp Excel kiểu cũ (.xls)"));
        var zipNotWorkbook = new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6};
        upload(zipNotWorkbook, "hong.xlsx").andExpect(status().isUnprocessableContent())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("không phải bảng tính Excel (.xlsx)"));
        var large = new byte[(int) SheetXlsx.MAX_BYTES + 1];
        large[0] = 0x50; large[1] = 0x4B; large[2] = 0x03; large[3] = 0x04;
        upload(large, "lon.xlsx").andExpect(status().isUnprocessableContent())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("Tệp lớn quá 512 KB"));
        upload(new byte[0], "rong.xlsx").andExpect(status().isUnprocessableContent());
        assertThat(sheets()).isEqualTo(before);
    }

    @Test
    void theImportPageExplainsTheLayout() throws Exception {
        mvc.perform(get("/admin/sheets/import").with(user("haiphong.demo"))).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("Thuộc nhóm", "I.1.a thuộc I.1",
                        "So với đơn vị cao nhất", "Chấm trực tiếp"));
    }

}
