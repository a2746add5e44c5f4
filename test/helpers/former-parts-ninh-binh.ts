// The 2025 Ninh Bình report of the former-parts suites: four former Chi cục "(cũ)" that make two
// Phòng THADS khu vực, with money in nghìn đồng, the figures read by hand; and the CSV output as
// one line per row (name, cases, ranks, money).

/** name, cases with conditions/resolved, rank/of; money with conditions/resolved, rank/of */
export function rows(csv: string): string[] {
  const [header, ...lines] = csv.trim().split('\n');
  const cols = header!.split(',');
  const at = (n: string) => cols.indexOf(n);
  return lines.map((l) => {
    const c = l.split(',');
    const rank = (m: string) => (c[at(`${m}_rank`)] ? ` ${c[at(`${m}_rank`)]}/${c[at(`${m}_rank_of`)]}` : '');
    const money = c[at('money_with_conditions')] ? ` ${c[at('money_with_conditions')]}/${c[at('money_resolved')]}${rank('money')}` : '';
    return `${c[at('district')]} ${c[at('cases_with_conditions')]}/${c[at('cases_resolved')]}${rank('cases')}${money}`;
  });
}

export const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', ';;Đơn vị tính: Việc; nghìn đồng'];
export const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
export const PARTS = [
  'Chi cục THADS huyện Mỹ Lộc (cũ);300;270;5.000;4.000',
  'Chi cục THADS huyện Vụ Bản (cũ);200;190;3.000;2.500',
  'Chi cục THADS huyện Ý Yên (cũ);400;350;6.000;5.000',
  'Chi cục THADS huyện Nam Trực (cũ);100;95;1.000;900',
];
// khu vực 1 = Mỹ Lộc + Vụ Bản: 300+200 = 500, 270+190 = 460 (92,00 %); 5.000+3.000 = 8.000, 4.000+2.500 = 6.500 nghìn (81,25 %)
// khu vực 2 = Ý Yên + Nam Trực: 400+100 = 500, 350+95 = 445 (89,00 %); 6.000+1.000 = 7.000, 5.000+900 = 5.900 nghìn (84,29 %)
export const KV1 = 'Phòng THADS khu vực 1;500;460;8.000;6.500';
export const KV2 = 'Phòng THADS khu vực 2;500;445;7.000;5.900';
export const TOTAL = ';Tổng cộng;1.000;905;15.000;12.400';
// ranks: cases 92,00 > 89,00 → kv1 1/2, kv2 2/2; money 84,29 > 81,25 → kv2 1/2, kv1 2/2
// TOTAL 500+500 = 1.000 / 460+445 = 905; 8.000+7.000 = 15.000 / 6.500+5.900 = 12.400 nghìn, in đồng ×1.000
export const READ = [
  'Phòng THADS khu vực 1 500/460 1/2 8000000/6500000 2/2',
  'Phòng THADS khu vực 2 500/445 2/2 7000000/5900000 1/2',
  'TOTAL 1000/905 15000000/12400000',
];
