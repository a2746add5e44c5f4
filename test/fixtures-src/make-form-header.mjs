// Writes fixtures/real-world/form-three-row-header/: the cases form of the statistics regime
// (biểu mẫu "tính bằng việc") with a three-level header — "Có điều kiện thi hành" over
// "Tổng số | Thi hành xong | Đình chỉ …" — title lines, a total row first and vi numbers,
// from the canonical fixtures/2019.csv. Run: node test/fixtures-src/make-form-header.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const [head, ...rows] = readFileSync('fixtures/2019.csv', 'utf8').trim().split('\n').map((l) => l.split(','));
const col = (name) => head.indexOf(name);
const vi = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const fields = ['total', 'carried_over', 'new', 'delegated', 'withdrawn', 'to_execute', 'with_conditions', 'completed', 'terminated', 'in_progress', 'postponed', 'suspended', 'other', 'without_conditions'];
const value = (row, f) => Number(row[col(`cases_${f}`)]);
const totals = Object.fromEntries(fields.map((f) => [f, rows.reduce((a, r) => a + value(r, f), 0)]));
const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const line = (cells) => cells.map(q).join(',');
const out = [
  line(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH']),
  line(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC']),
  line(['Năm 2019 (từ 01/10/2018 đến 30/9/2019)']),
  line(['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', 'Đơn vị tính: việc']),
  line(['STT', 'Đơn vị', 'Tổng số thụ lý', '', '', 'Ủy thác', 'Thu hồi, hủy quyết định THA', 'Tổng số phải thi hành', 'Có điều kiện thi hành', '', '', '', '', '', '', 'Chưa có điều kiện', 'Tỷ lệ (%)']),
  line(['', '', 'Tổng số', 'Năm trước chuyển sang', 'Mới thụ lý', '', '', '', 'Tổng số', 'Thi hành xong', 'Đình chỉ', 'Đang thi hành', 'Hoãn', 'Tạm đình chỉ', 'Trường hợp khác', '', '']),
  line(['', 'Tổng cộng', ...fields.map((f) => vi(totals[f])), '93,90']),
  ...rows.map((r, i) => line([String(i + 1), r[col('district')], ...fields.map((f) => vi(value(r, f))), ''])),
  line(['', 'Người lập biểu', '', '', '', '', '', '', '', '', 'CỤC TRƯỞNG']),
];
mkdirSync('fixtures/real-world/form-three-row-header', { recursive: true });
writeFileSync('fixtures/real-world/form-three-row-header/bao-cao-viec-2019.csv', `${out.join('\r\n')}\r\n`);

// fixtures/real-world/sections/: a provincial report in two sections — "I. Văn phòng Cục" (an
// office) and "II. Các Chi cục" (a subtotal standing above its offices) — then "Tổng cộng".
{
  const figureCols = head.slice(2);
  const sum = (rs) => figureCols.map((_, j) => rs.reduce((a, r) => a + Number(r[j + 2]), 0));
  const plain = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  const [first, ...rest] = rows;
  const lines = [
    ['STT', 'Tỉnh', 'Đơn vị', ...figureCols],
    ['I', first[0], first[1], ...first.slice(2)],
    ['II', first[0], 'Các Chi cục THADS', ...sum(rest).map(plain)],
    ...rest.map((r, i) => [String(i + 1), r[0], r[1], ...r.slice(2)]),
    ['', '', 'Tổng cộng', ...sum(rows).map(plain)],
  ];
  mkdirSync('fixtures/real-world/sections', { recursive: true });
  writeFileSync('fixtures/real-world/sections/bao-cao-2019.csv', `${lines.map((l) => l.map(q).join(',')).join('\n')}\n`);
}
