// Round 32, findings 01, 02 and 07: a note beside an office's name of a part of the year in words
// ("(6 tháng đầu năm 2019)", "(nửa đầu năm 2019)", "(sáu tháng đầu năm 2019)"), of another version
// of the same figures ("(trước điều chỉnh)", "(BC lần 1)"), or in an abbreviation ("(NĐ 2018)",
// "(Q4/2018)", "(năm 2018) -") was added as one more office (exit 0, 390 / 320 for 300 / 245).
// Refused at its line by both readers. And a remark "Năm 2018: 78%" is no period label (07).
import { describe, expect, it } from 'vitest';
import { periodNote } from '../../src/input/period-notes.js';
import { notOfficeKind, otherPeriodBeside, periodOfCell } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019';
const HEADER = 'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ';
const CHU_SE = 'Chi cục THADS huyện Chư Sê';
const DAK_DOA = 'Chi cục THADS huyện Đắk Đoa';
const OFFICES = [`1;${CHU_SE};100;80;5`, `2;${DAK_DOA};200;150;10`];

const { both } = bothReaders('thads-period-notes-32-', ['--format', 'json']);
const total = (stdout: string) => JSON.parse(stdout).total.cases;

const PERIOD = 'the figures of another period than the report\'s';
const VERSION = 'a version of the office\'s figures set beside them: before revision, a first report';

describe('a part of the year in words beside a name (finding 01)', () => {
  it.each(['6 tháng đầu năm 2019', '6 tháng đầu năm', 'nửa đầu năm 2019', '3 tháng đầu năm 2019', 'sáu tháng đầu năm 2019', '6 tháng cuối năm 2019', 'Q4/2018', 'chín tháng'])('"(%s)": a part of a year', (note) => {
    expect(periodNote(note)).toEqual({ kind: 'part' });
  });

  it.each(['(6 tháng đầu năm 2019)', '(6 tháng đầu năm)', '(nửa đầu năm 2019)', '(3 tháng đầu năm 2019)', '(sáu tháng đầu năm 2019)', '(6 tháng cuối năm 2019)', '(Q4/2018)'])('"Chư Sê %s": refused at its line', async (suffix) => {
    const name = `${CHU_SE} ${suffix}`;
    expect(notOfficeKind(name)).toBe(PERIOD);
    const r = await both('part-viec-2019.csv', [TITLE, HEADER, ...OFFICES, `3;${name};90;75;0`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:2: error: "${name}" holds ${PERIOD}: it would be added as an office [NOT_AN_OFFICE]`);
  });
});

describe('another version of the figures, or a year abbreviated, beside a name (finding 02)', () => {
  it.each(['trước điều chỉnh', 'năm 2019 - trước điều chỉnh', 'BC lần 1', 'lần 2', 'chưa điều chỉnh'])('"(%s)": a version', (note) => {
    expect(periodNote(note)).toEqual({ kind: 'version' });
  });

  it.each(['(trước điều chỉnh)', '(năm 2019 - trước điều chỉnh)', '(BC lần 1)'])('"Chư Sê %s": refused at its line, saying it is a version', async (suffix) => {
    const name = `${CHU_SE} ${suffix}`;
    const r = await both('version-viec-2019.csv', [TITLE, HEADER, ...OFFICES, `3;${name};90;75;0`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:2: error: "${name}" holds ${VERSION}: it would be added as an office [NOT_AN_OFFICE]`);
  });

  it.each(['(NĐ 2018)', '(năm 2018) -', '(năm 2018) –'])('"Chư Sê %s": another year, refused at its line', async (suffix) => {
    const name = `${CHU_SE} ${suffix}`;
    const r = await both('year-viec-2019.csv', [TITLE, HEADER, ...OFFICES, `3;${name};90;75;0`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:2: error: "${name}" names the year 2018 beside the office's name, and the file's is 2019`);
  });

  it.each(['(NĐ 2019)', '(năm 2019) -', '(sau điều chỉnh)', '(trước điều chỉnh địa giới)', '(lần đầu thành lập)'])('"Đắk Đoa %s": its own note or year, 300 / 245', async (suffix) => {
    const r = await both('own-viec-2019.csv', [TITLE, HEADER, OFFICES[0]!, `2;${DAK_DOA} ${suffix};200;150;10`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject({ withConditions: '300', resolved: '245', rate: '81.67' });
  });
});

describe('a remark with a rate or a figure after a colon is no period label (finding 07)', () => {
  it.each(['Năm 2018: 78%', 'Năm 2018 đạt 78%', 'Năm 2018: 1.234', 'Cùng kỳ năm trước: 78%'])('"%s": a remark', (text) => {
    expect(periodOfCell(text)).toBeNull();
    expect(otherPeriodBeside(text, 2019)).toBeNull();
  });

  it.each(['Năm 2018', 'Tính đến: 30/9/2018', 'Năm: 2018'])('"%s": still a label of a period', (text) => {
    expect(periodOfCell(text)).not.toBeNull();
  });

  it('"Năm 2018: 78%" under Nhận xét: 300 / 245 = 81.67 %, exit 0', async () => {
    const r = await both('remark-viec-2019.csv', [TITLE, `${HEADER};Nhận xét`, `${OFFICES[0]};Năm 2018: 78%`, `${OFFICES[1]};Đạt`]);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject({ withConditions: '300', resolved: '245', rate: '81.67' });
  });

  it('"Năm 2018" alone under Nhận xét is still refused (PERIOD_COLUMN)', async () => {
    const r = await both('label-viec-2019.csv', [TITLE, `${HEADER};Nhận xét`, `${OFFICES[0]};Năm 2018`, `${OFFICES[1]};Đạt`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:6: error: "Năm 2018" under "Nhận xét" says this row of "Chi cục THADS huyện Chư Sê" holds the year 2018');
  });
});
