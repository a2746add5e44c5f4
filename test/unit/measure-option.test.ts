// --measure against what the file says of its measure itself, in both directions and through both
// readers: followed with OPTION_OVERRIDES_FILE over a title, unit line or name that says the
// other measure (counts were read as đồng without a word); a usage error over headers that all
// name the other one (the option was ignored without a word).
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const PLAIN = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Thi hành xong,Đình chỉ,Chưa có điều kiện';
const ROWS = ['1,Mỹ Lộc,130,100,70,10,30', '2,Vụ Bản,260,200,130,20,60', ',Tổng cộng,390,300,200,30,90'];
const ARGS = ['--by', 'none', '--format', 'json'];

const { both } = bothReaders('thads-measure-option-', ARGS);

describe('--measure over a file that says the other measure: followed, and said', () => {
  it('--measure money over "TÍNH BẰNG VIỆC": read as money (300 / 230 đồng), with a warning at the title', async () => {
    const r = await both('12-measure-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', PLAIN, ...ROWS], [...ARGS, '--measure', 'money']);
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total;
    expect(total.cases).toBeNull();
    expect([total.money.withConditions, total.money.resolved]).toEqual(['300', '230']);
    expect(r.stderr).toContain('FILE:1: warning: the title (line 1) says "tính bằng việc"; the columns are read as money, as --measure says [OPTION_OVERRIDES_FILE]');
  });

  it('--measure money over a name with "viec": said at the header', async () => {
    const r = await both('bc-viec-2019.csv', [PLAIN, ...ROWS], [...ARGS, '--measure', 'money']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('FILE:1: warning: the file name names cases; the columns are read as money, as --measure says [OPTION_OVERRIDES_FILE]');
  });

  it('--measure cases over "TÍNH BẰNG TIỀN": the same rule the other way (230/300 = 76.67 %, 2019 target 73 met)', async () => {
    const r = await both('bieu08-2019.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN', PLAIN, ...ROWS], [...ARGS, '--measure', 'cases']);
    expect(r.code).toBe(0);
    const cases = JSON.parse(r.stdout).total.cases;
    expect([cases.withConditions, cases.resolved, cases.rate, cases.met]).toEqual(['300', '230', '76.67', true]);
    expect(r.stderr).toContain('FILE:1: warning: the title (line 1) says "tính bằng tiền"; the columns are read as cases, as --measure says [OPTION_OVERRIDES_FILE]');
  });

  it.each([
    ['--measure cases over "TÍNH BẰNG VIỆC"', 'bc-2019.csv', ['BÁO CÁO TÍNH BẰNG VIỆC NĂM 2019'], 'cases'],
    ['--measure money over a money unit line', 'bc-2019.csv', ['Đơn vị tính: đồng'], 'money'],
    ['--measure cases over a name with "viec"', 'bc-viec-2019.csv', [], 'cases'],
  ])('%s says nothing', async (_, name, title, measure) => {
    const r = await both(name, [...title, PLAIN, ...ROWS], [...ARGS, '--measure', measure]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('--measure over headers that all name the other measure cannot apply', () => {
  it('--measure money over "Việc có điều kiện", "Việc giải quyết xong": usage error, nothing printed', async () => {
    const r = await both('cur-2019.csv', ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Mỹ Lộc,100,80'], [...ARGS, '--measure', 'money']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('thads: error: --measure money cannot apply to FILE: every figure header names cases ("Việc có điều kiện") [USAGE]');
  });

  it('beside headers that name both measures it says what the money columns say: read as the headers say', async () => {
    const r = await both('both-2019.csv', ['Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', 'Mỹ Lộc,100,80,5000000,4000000'], [...ARGS, '--measure', 'money']);
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total;
    expect([total.cases.withConditions, total.money.withConditions]).toEqual(['100', '5000000']);
  });
});
