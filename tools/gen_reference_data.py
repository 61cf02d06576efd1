#!/usr/bin/env python3
"""Generates src/main/resources/db/migration/V2__reference_data.sql from the public facts in
../shared/docs/domain.md (63 provincial unions of 2022, the 9-cluster scheme of 2022, the 1 July 2025 merger).
Run once when the reference data changes; the SQL output is what ships."""
import pathlib

# code, province name, is_city(before 2025)
OLD = [
 ("HNI","Hà Nội",1),("HPG","Hải Phòng",1),("HDG","Hải Dương",0),("HNM","Hà Nam",0),("BNH","Bắc Ninh",0),
 ("NDH","Nam Định",0),("HYN","Hưng Yên",0),("TBH","Thái Bình",0),
 ("LCI","Lào Cai",0),("YBI","Yên Bái",0),("PTO","Phú Thọ",0),("HBH","Hòa Bình",0),("SLA","Sơn La",0),
 ("DBN","Điện Biên",0),("LCU","Lai Châu",0),
 ("HGG","Hà Giang",0),("CBG","Cao Bằng",0),("BKN","Bắc Kạn",0),("TQG","Tuyên Quang",0),("TNN","Thái Nguyên",0),
 ("LSN","Lạng Sơn",0),("BGG","Bắc Giang",0),("QNH","Quảng Ninh",0),("VPC","Vĩnh Phúc",0),
 ("NBH","Ninh Bình",0),("THA","Thanh Hóa",0),("NAN","Nghệ An",0),("HTH","Hà Tĩnh",0),("QBH","Quảng Bình",0),
 ("QTI","Quảng Trị",0),("HUE","Thừa Thiên Huế",0),
 ("DNG","Đà Nẵng",1),("QNM","Quảng Nam",0),("KTM","Kon Tum",0),("GLI","Gia Lai",0),("DLK","Đắk Lắk",0),
 ("DKN","Đắk Nông",0),("LDG","Lâm Đồng",0),
 ("QNG","Quảng Ngãi",0),("BDH","Bình Định",0),("PYN","Phú Yên",0),("KHA","Khánh Hòa",0),("NTN","Ninh Thuận",0),
 ("BTN","Bình Thuận",0),
 ("HCM","Hồ Chí Minh",1),("BDG","Bình Dương",0),("BPC","Bình Phước",0),("DNI","Đồng Nai",0),("TNH","Tây Ninh",0),
 ("BRV","Bà Rịa – Vũng Tàu",0),("LAN","Long An",0),
 ("BTE","Bến Tre",0),("VLG","Vĩnh Long",0),("TGG","Tiền Giang",0),("DTP","Đồng Tháp",0),("AGG","An Giang",0),
 ("TVH","Trà Vinh",0),
 ("CTO","Cần Thơ",1),("STG","Sóc Trăng",0),("BLU","Bạc Liêu",0),("CMU","Cà Mau",0),("HGI","Hậu Giang",0),
 ("KGG","Kiên Giang",0),
]
assert len(OLD) == 63 and len({c for c,_,_ in OLD}) == 63
NAME = {c: n for c, n, _ in OLD}
CITY = {c for c, _, city in OLD if city}

# number, name, members, membership confirmed?, confirmed members (subset), source
CLUSTERS = [
 (1, "Cụm thi đua số 1", ["HGG","CBG","BKN","TQG","TNN","LSN","BGG","QNH","VPC"], False, [], "Phân nhóm địa lý dự kiến (Đông Bắc); chưa xác nhận, danh sách chính thức theo QĐ 586/QĐ-LHHVN"),
 (2, "Cụm thi đua số 2", ["HNI","HPG","HDG","HNM","BNH","NDH","HYN","TBH"], True, None, "Đã xác nhận theo tin VUSTA về Cụm thi đua số 02 năm 2024"),
 (3, "Cụm thi đua số 3", ["LCI","YBI","PTO","HBH","SLA","DBN","LCU"], False, ["LCI","PTO"], "Lào Cai, Phú Thọ đã xác nhận (tin VUSTA 2024); các thành viên khác là phân nhóm địa lý dự kiến (Tây Bắc), chưa xác nhận"),
 (4, "Cụm thi đua số 4", ["NBH","THA","NAN","HTH","QBH","QTI","HUE"], False, [], "Phân nhóm địa lý dự kiến (Bắc Trung Bộ); chưa xác nhận, danh sách chính thức theo QĐ 586/QĐ-LHHVN"),
 (5, "Cụm thi đua số 5", ["DNG","QNM","KTM","GLI","DLK","DKN","LDG"], False, [], "Phân nhóm địa lý dự kiến (Trung Trung Bộ – Tây Nguyên); chưa xác nhận, danh sách chính thức theo QĐ 586/QĐ-LHHVN"),
 (6, "Cụm thi đua số 6", ["QNG","BDH","PYN","KHA","NTN","BTN"], True, None, "Đã xác nhận theo tin VUSTA về Cụm thi đua số 6"),
 (7, "Cụm thi đua số 7", ["HCM","BDG","BPC","DNI","TNH","BRV","LAN"], False, [], "Phân nhóm địa lý dự kiến (Đông Nam Bộ); chưa xác nhận, danh sách chính thức theo QĐ 586/QĐ-LHHVN"),
 (8, "Cụm thi đua số 8 – Bắc Sông Hậu", ["BTE","VLG","TGG","DTP","AGG","TVH"], True, None, "Đã xác nhận theo tin VUSTA về tổng kết Cụm thi đua số 8"),
 (9, "Cụm thi đua số 9 – Nam Sông Hậu", ["CTO","STG","BLU","CMU","HGI","KGG"], True, None, "Đã xác nhận theo tin Liên hiệp Hội Cần Thơ về Cụm thi đua số 9"),
]
all_members = [m for c in CLUSTERS for m in c[2]]
assert sorted(all_members) == sorted(NAME), set(NAME) ^ set(all_members)
assert sorted(len(c[2]) for c in CLUSTERS) == [6,6,6,7,7,7,7,8,9]

# cluster number, year, head, deputy, supervisor, source
LEADERSHIP = [
 (2, 2023, "HNI", "HPG", None, "Tin VUSTA về Cụm thi đua số 02 (nguồn S16)"),
 (2, 2024, "HPG", "HDG", None, "Tin VUSTA về Cụm thi đua số 02 năm 2024 (nguồn S16)"),
 (3, 2024, "LCI", None, None, "Tin VUSTA: tổng kết Cụm thi đua số 3 năm 2024 tại Sa Pa, 22/11/2024"),
 (6, 2022, "QNG", None, "Võ Văn Trí", "Tin VUSTA về Cụm thi đua số 6 (nguồn S15)"),
 (8, 2024, "VLG", "DTP", "Nguyễn Quốc Bảo", "Tin VUSTA: Vĩnh Long tổng kết Cụm thi đua số 8 (nguồn S17)"),
 (9, 2023, "CTO", "STG", "Nguyễn Văn Phước", "Tin Liên hiệp Hội Cần Thơ về Cụm thi đua số 9 (nguồn S18)"),
 (9, 2024, "STG", "BLU", None, "Tin Liên hiệp Hội Cần Thơ về Cụm thi đua số 9 (nguồn S18)"),
]

# new code, new province name, is_city, predecessors
MERGER = [
 ("TQG25","Tuyên Quang",0,["TQG","HGG"]), ("LCI25","Lào Cai",0,["LCI","YBI"]), ("TNN25","Thái Nguyên",0,["TNN","BKN"]),
 ("PTO25","Phú Thọ",0,["PTO","VPC","HBH"]), ("BNH25","Bắc Ninh",0,["BNH","BGG"]), ("HYN25","Hưng Yên",0,["HYN","TBH"]),
 ("HPG25","Hải Phòng",1,["HPG","HDG"]), ("NBH25","Ninh Bình",0,["NBH","HNM","NDH"]), ("QTI25","Quảng Trị",0,["QTI","QBH"]),
 ("DNG25","Đà Nẵng",1,["DNG","QNM"]), ("QNG25","Quảng Ngãi",0,["QNG","KTM"]), ("GLI25","Gia Lai",0,["GLI","BDH"]),
 ("KHA25","Khánh Hòa",0,["KHA","NTN"]), ("LDG25","Lâm Đồng",0,["LDG","DKN","BTN"]), ("DLK25","Đắk Lắk",0,["DLK","PYN"]),
 ("HCM25","Hồ Chí Minh",1,["HCM","BDG","BRV"]), ("DNI25","Đồng Nai",0,["DNI","BPC"]), ("TNH25","Tây Ninh",0,["TNH","LAN"]),
 ("CTO25","Cần Thơ",1,["CTO","STG","HGI"]), ("VLG25","Vĩnh Long",0,["VLG","BTE","TVH"]), ("DTP25","Đồng Tháp",0,["DTP","TGG"]),
 ("CMU25","Cà Mau",0,["CMU","BLU"]), ("AGG25","An Giang",0,["AGG","KGG"]),
]
merged_old = [p for m in MERGER for p in m[3]]
assert len(MERGER) == 23 and len(merged_old) == 52 and len(set(merged_old)) == 52
UNCHANGED = sorted(set(NAME) - set(merged_old))
assert len(UNCHANGED) == 11, UNCHANGED

def q(s): return "NULL" if s is None else "'" + s.replace("'", "''") + "'"
def full(name, city, hue=False):
    if name == "Hồ Chí Minh": return "Liên hiệp các Hội Khoa học và Kỹ thuật Thành phố Hồ Chí Minh"
    return f"Liên hiệp các Hội Khoa học và Kỹ thuật {'thành phố' if city else 'tỉnh'} {name}"
def short(name, city):
    if name == "Hồ Chí Minh": return "TP Hồ Chí Minh"
    return ("TP " + name) if city and name != "Hà Nội" else name

out = ["-- Reference data (public facts, see docs/domain.md): the 63 provincial unions of 2022, the 9 VUSTA emulation",
       "-- clusters of the 2022 scheme (applied 2022–2025), known heads/deputies, and the 1 July 2025 merger into 34.",
       "-- Generated by tools/gen_reference_data.py; edit that script, not this file.", ""]
out.append("insert into unit (code, name, short_name, type, province, status, valid_from, valid_to, former_names) values")
rows = [f"  ('LHHVN', 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', 'Liên hiệp Hội Việt Nam', 'VUSTA', NULL, 'ACTIVE', NULL, NULL, NULL)"]
for c, n, city in OLD:
    if c == "HUE":
        rows.append(f"  ('LHH-HUE', {q('Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Huế')}, 'TP Huế', 'PROVINCIAL_UNION', 'Huế', 'ACTIVE', NULL, NULL, {q('Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế')})")
        continue
    merged = c in merged_old
    rows.append(f"  ({q('LHH-'+c)}, {q(full(n, city))}, {q(short(n, city))}, 'PROVINCIAL_UNION', {q(n)}, {q('MERGED' if merged else 'ACTIVE')}, NULL, {q('2025-06-30') if merged else 'NULL'}, NULL)")
for c, n, city, _ in MERGER:
    rows.append(f"  ({q('LHH-'+c)}, {q(full(n, city))}, {q(short(n, city))}, 'PROVINCIAL_UNION', {q(n)}, 'ACTIVE', '2025-07-01', NULL, NULL)")
out.append(",\n".join(rows) + ";\n")

out.append("-- 2025 merger: Nghị quyết 202/2025/QH15 (12/6/2025), new provinces operate from 2025-07-01.")
out.append("insert into unit_lineage (predecessor_id, successor_id, effective_date, kind, legal_ref, union_legal_ref)")
sel = []
for c, n, city, preds in MERGER:
    for p in preds:
        uref = "'QĐ 889/QĐ-UBND (hợp nhất Liên hiệp Hội Quảng Nam và Đà Nẵng)'" if c == "DNG25" else "NULL"
        sel.append(f"  select p.id, s.id, DATE '2025-07-01', 'MERGER', 'Nghị quyết 202/2025/QH15', {uref} from unit p, unit s where p.code = {q('LHH-'+p)} and s.code = {q('LHH-'+c)}")
out.append("\n  union all\n".join(sel) + ";\n")

out.append("insert into cluster (code, cluster_year, name, kind, level, membership_confirmed, source_note) values")
rows = []
for year in range(2022, 2026):
    for num, name, members, conf, _, src in CLUSTERS:
        rows.append(f"  ({q('CUM-%02d' % num)}, {year}, {q(name)}, 'CLUSTER', 'VUSTA', {'TRUE' if conf else 'FALSE'}, {q(src)})")
out.append(",\n".join(rows) + ";\n")

out.append("insert into cluster_member (cluster_id, unit_id, cluster_year, level, confirmed)")
sel = []
for num, name, members, conf, confirmed_members, src in CLUSTERS:
    for m in members:
        mc = conf or m in confirmed_members
        sel.append(f"  select c.id, u.id, c.cluster_year, c.level, {'TRUE' if mc else 'FALSE'} from cluster c, unit u where c.code = {q('CUM-%02d' % num)} and c.level = 'VUSTA' and u.code = {q('LHH-'+m)}")
out.append("\n  union all\n".join(sel) + ";\n")

for num, year, head, dep, sup, src in LEADERSHIP:
    sets = [f"head_unit_id = (select id from unit where code = {q('LHH-'+head)})"]
    if dep: sets.append(f"deputy_unit_id = (select id from unit where code = {q('LHH-'+dep)})")
    if sup: sets.append(f"supervisor_name = {q(sup)}")
    sets.append(f"leadership_ref = {q(src)}")
    out.append(f"update cluster set {', '.join(sets)} where code = {q('CUM-%02d' % num)} and cluster_year = {year} and level = 'VUSTA';")
for num, year, head, dep, sup, src in []:
    pass
# supervisors for years where only the supervisor is known are already covered above
pathlib.Path(__file__).resolve().parent.parent.joinpath("src/main/resources/db/migration/V2__reference_data.sql").write_text("\n".join(out) + "\n", encoding="utf-8")
print("ok")
