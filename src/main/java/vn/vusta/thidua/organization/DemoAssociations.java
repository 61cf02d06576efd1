package vn.vusta.thidua.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * DEMO ONLY (called by the national demo data generator, under the demo switch): gives each provincial union acting
 * at the end of a year one member association per kind of {@link #KINDS}, marked {@code demo} ("dữ liệu mẫu" on every
 * page). Codes are the union's code, "-D" and the kind's number, so a second run finds them and adds nothing. Batch
 * inserts: a handful of statements for two thousand units.
 */
@Component
public class DemoAssociations {
    /** Kinds of member association found in most provinces (59: about 2,000 units for the 34 unions). */
    static final List<String> KINDS = List.of(
            "Hội Y học", "Hội Tin học", "Hội Dược học", "Hội Điều dưỡng", "Hội Kỹ sư xây dựng", "Hội Cơ khí", "Hội Điện lực",
            "Hội Khoa học Kinh tế", "Hội Luật gia", "Hội Khoa học Lịch sử", "Hội Làm vườn", "Hội Nuôi ong", "Hội Thủy lợi",
            "Hội Khoa học Kỹ thuật Lâm nghiệp", "Hội Khoa học Đất", "Hội Giống cây trồng", "Hội Chăn nuôi", "Hội Thú y",
            "Hội Thủy sản", "Hội Bảo vệ thực vật", "Hội Đông y", "Hội Châm cứu", "Hội Y học cổ truyền", "Hội Răng Hàm Mặt",
            "Hội Nhi khoa", "Hội Sản phụ khoa", "Hội Phẫu thuật", "Hội Nội khoa", "Hội Ung thư", "Hội Tim mạch",
            "Hội Kiến trúc sư", "Hội Quy hoạch phát triển đô thị", "Hội Cầu đường", "Hội Giao thông vận tải", "Hội Môi trường",
            "Hội Bảo vệ thiên nhiên và môi trường", "Hội Địa chất", "Hội Trắc địa Bản đồ", "Hội Toán học", "Hội Vật lý",
            "Hội Hóa học", "Hội Sinh học", "Hội Tâm lý giáo dục", "Hội Khuyến học", "Hội Cựu giáo chức", "Hội Sở hữu trí tuệ",
            "Hội Tiêu chuẩn Đo lường Chất lượng", "Hội Năng lượng", "Hội Tự động hóa", "Hội Vô tuyến Điện tử",
            "Hội An toàn thông tin", "Hội Doanh nghiệp khoa học và công nghệ", "Hội Kế toán Kiểm toán", "Hội Ngân hàng",
            "Hội Du lịch", "Hội Văn hóa dân gian", "Hội Dinh dưỡng", "Hội Phục hồi chức năng", "Hội Kế hoạch hóa gia đình");

    /** For each union: the ids of its demo associations (new and old), in the order of {@link #KINDS}. */
    public record Result(Map<Long, List<Long>> byUnion, int created) {
        public int total() { return byUnion.values().stream().mapToInt(List::size).sum(); }
    }

    private final JdbcTemplate jdbc;
    private final UnitCatalog catalog;
    private final UnitChanges changes;

    DemoAssociations(JdbcTemplate jdbc, UnitCatalog catalog, UnitChanges changes) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.changes = changes;
    }

    /** The demo associations of every union acting on 31 December of {@code year}; missing ones are inserted. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Result ensure(int year) {
        var unions = new ArrayList<>(catalog.existingOn(LocalDate.of(year, 12, 31), UnitType.PROVINCIAL_UNION));
        unions.sort(Comparator.comparing(UnitSummary::code));
        var existing = new HashSet<>(jdbc.queryForList("select code from unit where demo = true and type = 'MEMBER_ASSOCIATION'", String.class));
        var rows = new ArrayList<Object[]>();
        for (var union : unions) {
            for (int k = 0; k < KINDS.size(); k++) {
                String code = code(union, k);
                if (existing.contains(code)) continue;
                String kind = KINDS.get(k);
                String name = kind + " " + place(union);
                rows.add(new Object[] {code, name, kind, union.province(), union.id(),
                        Unit.searchText(name, kind, code, union.province()),
                        Unit.sortKey(UnitType.MEMBER_ASSOCIATION, union.province(), kind)});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into unit (code, name, short_name, type, province, status, owner_unit_id, demo, search_text, sort_key)
                    values (?, ?, ?, 'MEMBER_ASSOCIATION', ?, 'ACTIVE', ?, true, ?, ?)""", rows);
            changes.changed(null);               // the labels read the register again once this commits
        }
        var ids = new LinkedHashMap<String, Long>();
        jdbc.query("select code, id from unit where demo = true and type = 'MEMBER_ASSOCIATION'", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        var byUnion = new LinkedHashMap<Long, List<Long>>();
        for (var union : unions) {
            var list = new ArrayList<Long>();
            for (int k = 0; k < KINDS.size(); k++) list.add(ids.get(code(union, k)));
            byUnion.put(union.id(), List.copyOf(list));
        }
        return new Result(byUnion, rows.size());
    }

    private static String code(UnitSummary union, int kind) { return union.code() + "-D%02d".formatted(kind + 1); }

    /** "tỉnh Hải Dương", "thành phố Hải Phòng": the end of the union's official name, else its province. */
    static String place(UnitSummary union) {
        String marker = "Kỹ thuật ";
        int at = union.name().indexOf(marker);
        return at >= 0 ? union.name().substring(at + marker.length()) : union.province() != null ? union.province() : union.shortName();
    }
}
