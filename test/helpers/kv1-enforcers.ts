// Khu vực 1's form by enforcer (2025), for the suites of an office's own line among its enforcers:
// its title, header, three enforcers and the figures they give, by hand.
export const TITLE = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2025';
export const header = (name: string): string => `STT;${name};Tổng số phải thi hành;Có điều kiện thi hành;Giải quyết xong`;
export const ENFORCERS = ['1;Nguyễn Văn An;300;200;170', '2;Trần Thị Bình;250;180;160', '3;Lê Văn Cường;280;190;150'];
export const KV1 = 'Phòng THADS khu vực 1 - viec 2025.csv';

/** district, to execute, with conditions, resolved, rate of each output row */
export function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[8], c[9], c[18], c[20]].join(' ');
  });
}
// By hand: 300 + 250 + 280 = 830, 200 + 180 + 190 = 570, 170 + 160 + 150 = 480;
// 480 / 570 = 0.842105… → 84.21 %. Doubled (the office line added) it was 1660 / 1140 / 960.
export const KV1_READ = ['Phòng THADS khu vực 1 830 570 480 84.21', 'TOTAL 830 570 480 84.21'];
