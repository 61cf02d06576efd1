-- Public pages showed internal research codes such as "(nguồn S16)" after a leadership reference. Name the source
-- the way a reader can find it (publisher and article title) instead.
update cluster set leadership_ref = 'Tin VUSTA "Cụm thi đua số 02 phát động ký kết giao ước thi đua năm 2024" (chuyên trang Kiến thức)'
  where leadership_ref in ('Tin VUSTA về Cụm thi đua số 02 (nguồn S16)', 'Tin VUSTA về Cụm thi đua số 02 năm 2024 (nguồn S16)');
update cluster set leadership_ref = 'Tin VUSTA "Cụm thi đua số 6 góp phần phát triển thương hiệu Liên hiệp Hội Việt Nam" (vusta.vn)'
  where leadership_ref = 'Tin VUSTA về Cụm thi đua số 6 (nguồn S15)';
update cluster set leadership_ref = 'Tin VUSTA "Vĩnh Long tổng kết Cụm thi đua số 8" (vusta.vn)'
  where leadership_ref = 'Tin VUSTA: Vĩnh Long tổng kết Cụm thi đua số 8 (nguồn S17)';
update cluster set leadership_ref = 'Tin Liên hiệp Hội Cần Thơ "Ký kết giao ước thi đua Cụm thi đua số 9 khu vực Nam Sông Hậu"'
  where leadership_ref = 'Tin Liên hiệp Hội Cần Thơ về Cụm thi đua số 9 (nguồn S18)';
