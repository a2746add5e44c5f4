// Two statements of a form's measure that disagree — a money title over "Đơn vị tính: việc", a
// cases title over "Đơn vị tính: nghìn đồng", a lone "Việc" group cell under a money title and
// unit line — are refused (MEASURE_CONFLICT) at the later one: the first was read as money in
// đồng, the third as cases, exit 0 (round 35b, 01 and 01b). Both readers. Figures by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--by', 'none', '--format', 'json'];
const { both } = bothReaders('thads-measure-statements-', ARGS);

const MONEY_TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN';
const CASES_TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC';
const PLAIN = 'Đơn vị,Có điều kiện,Giải quyết xong';
const ROWS = ['Chi cục A,1.234.567,1.000.000', 'Chi cục B,2.000.000,1.500.000'];
const HINT = '  hint: correct the title, unit line or group cell that is wrong (a form copied from its pair), or pass --measure cases|money with the one the figures count\n';

function total(stdout: string) {
  return JSON.parse(stdout).total as Record<'cases' | 'money', Record<string, string> | null>;
}

describe('the title, the unit line and a group cell against each other', () => {
  it('a money title over "Đơn vị tính: việc": refused at the unit line (read as 3.234.567 đồng)', async () => {
    const r = await both('a-2019.csv', [MONEY_TITLE, 'Đơn vị tính: việc', PLAIN, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`FILE:2:1: error: the title (line 1) says the figures are money ("tính bằng tiền"), but the unit line (line 2) counts cases ("Đơn vị tính: việc"): thads cannot tell which the figures are [MEASURE_CONFLICT]\n${HINT}`);
  });

  it('the mirror, a cases title over "Đơn vị tính: nghìn đồng": the same refusal (was MEASURE_UNKNOWN)', async () => {
    const r = await both('b-2019.csv', [CASES_TITLE, 'Đơn vị tính: nghìn đồng', PLAIN, 'Chi cục A,1.234,1.000', 'Chi cục B,2.000,1.500']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`FILE:2:1: error: the title (line 1) says the figures are cases ("tính bằng việc"), but the unit line (line 2) gives money in nghìn đồng ("Đơn vị tính: nghìn đồng"): thads cannot tell which the figures are [MEASURE_CONFLICT]\n${HINT}`);
  });

  it('a lone "Việc" cell above the header under a money title and unit line: refused at the cell (read as 3.234.567 việc)', async () => {
    const r = await both('c-2019.csv', [MONEY_TITLE, 'Đơn vị tính: nghìn đồng', ',Việc,', PLAIN, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`FILE:3:2: error: the title (line 1) says the figures are money ("tính bằng tiền"), but the group cell "Việc" above the header (line 3, column 2) counts cases: thads cannot tell which the figures are [MEASURE_CONFLICT]\n${HINT}`);
  });

  it('"Đơn vị tính: nghìn đồng; việc" unquoted in a ";" file under a money title: "việc" in the next cell is refused', async () => {
    const r = await both('d-2019.csv', [MONEY_TITLE, 'Đơn vị tính: nghìn đồng; việc', 'Đơn vị;Có điều kiện;Giải quyết xong', 'Chi cục A;1.234.567;1.000.000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:2: error: the title (line 1) says the figures are money ("tính bằng tiền"), but the group cell "việc" above the header (line 2, column 2) counts cases: thads cannot tell which the figures are [MEASURE_CONFLICT]');
  });

  it('--measure decides, as over a file name', async () => {
    const r = await both('a-2019.csv', [MONEY_TITLE, 'Đơn vị tính: việc', PLAIN, ...ROWS], ['--by', 'none', '--format', 'json', '--measure', 'cases']);
    expect(r.code).toBe(0);
    expect(total(r.stdout).cases).toMatchObject({ withConditions: '3234567', resolved: '2500000', rate: '77.29' });
  });
});

describe('controls: statements that agree, and forms of both measures, are read as before', () => {
  it('a money title over "Đơn vị tính: nghìn đồng": 3.234.567 / 2.500.000 nghìn đồng', async () => {
    const r = await both('e-2019.csv', [MONEY_TITLE, 'Đơn vị tính: nghìn đồng', PLAIN, ...ROWS]);
    expect(r.code).toBe(0);
    expect(total(r.stdout).money).toMatchObject({ withConditions: '3234567000', resolved: '2500000000', rate: '77.29' });
  });

  it('a cases title over "Đơn vị tính: việc", and a "Việc" cell above: 5.871 / 5.513 việc', async () => {
    for (const above of [[], [',Việc,']]) {
      const r = await both('f-2019.csv', [CASES_TITLE, 'Đơn vị tính: việc', ...above, PLAIN, 'Chi cục A,3000,2800', 'Chi cục B,2871,2713']);
      expect(r.code).toBe(0);
      expect(total(r.stdout).cases).toMatchObject({ withConditions: '5871', resolved: '5513', rate: '93.90' });
      expect(total(r.stdout).money).toBeNull();
    }
  });

  it('a group row "Về việc | Về tiền" under a unit line of both: each group its measure', async () => {
    const r = await both('g-2019.csv', ['Đơn vị tính: việc; nghìn đồng', ',Về việc,,Về tiền,', 'Đơn vị,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong', 'A,100,90,5000,3000', 'B,50,40,1000,500']);
    expect(r.code).toBe(0);
    expect(total(r.stdout).cases).toMatchObject({ withConditions: '150', resolved: '130' });
    expect(total(r.stdout).money).toMatchObject({ withConditions: '6000000', resolved: '3500000' });
  });

  it('the same group row under a money title and a money unit line: read as before', async () => {
    const r = await both('h-2019.csv', [MONEY_TITLE, 'Đơn vị tính: nghìn đồng', ',Về việc,,Về tiền,', 'Đơn vị,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong', 'A,100,90,5000,3000', 'B,50,40,1000,500']);
    expect(r.code).toBe(0);
    expect(total(r.stdout).cases).toMatchObject({ withConditions: '150', resolved: '130' });
    expect(total(r.stdout).money).toMatchObject({ withConditions: '6000000', resolved: '3500000' });
  });

  it('"Đơn vị tính: việc; nghìn đồng" unquoted in a ";" file over headers naming their measures', async () => {
    const r = await both('i-2019.csv', ['Đơn vị tính: việc; nghìn đồng', 'Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong', 'A;100;90;5000;3000']);
    expect(r.code).toBe(0);
    expect(total(r.stdout).cases).toMatchObject({ withConditions: '100', resolved: '90' });
    expect(total(r.stdout).money).toMatchObject({ withConditions: '5000000', resolved: '3000000' });
  });

  it('"Về việc" over plain headers beside "Tiền …" headers under "Đơn vị tính: nghìn đồng": the unit is the money columns\'', async () => {
    const r = await both('j-2019.csv', ['Đơn vị tính: nghìn đồng', ',Về việc,,,', 'Đơn vị,Có điều kiện,Giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', 'A,100,90,5000,3000']);
    expect(r.code).toBe(0);
    expect(total(r.stdout).cases).toMatchObject({ withConditions: '100', resolved: '90' });
    expect(total(r.stdout).money).toMatchObject({ withConditions: '5000000', resolved: '3000000' });
  });
});
