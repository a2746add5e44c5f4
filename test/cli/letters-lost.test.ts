// A file saved in an encoding without Vietnamese letters: PowerShell 5.1's Export-Csv writes
// ASCII by default, every letter outside it a "?" (traps20 3). Gia Lai's Chư Păh and Chư Pưh
// both read "Ch? P?h" and were summed as one office (410 + 388 = 798 cases), ranked of 3 instead
// of 4, with a DUPLICATE_OFFICE warning only, exit 0. Refused at the first such name.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-letters-lost-', ['--format', 'csv']);

const TYPE = '#TYPE System.Management.Automation.PSCustomObject';
const HEADER = '"province","district","cases_total","cases_with_conditions","cases_resolved"';

describe('names whose letters were saved as "?"', () => {
  it('two offices that read alike: refused, never summed as one', async () => {
    const r = await both('gia-lai-2019.csv', [TYPE, HEADER, '"Gia Lai","Pleiku","900","700","600"', '"Gia Lai","Ch? P?h","410","330","300"', '"Gia Lai","Ch? P?h","388","301","270"', '"Gia Lai","Ia Grai","500","400","350"']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:2: error: "Ch? P?h" has "?" in place of letters: the file was saved in an encoding without Vietnamese letters');
    expect(r.stderr).toContain('[ENCODING_INVALID]');
  });

  it('one office so named is refused as well ("Nam ??nh" as its province)', async () => {
    const r = await both('nam-dinh-2019.csv', [HEADER, '"Nam ??nh","Giao Th?y","779","653","609"', '"Nam ??nh","Pleiku","703","589","563"']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has "?" in place of letters');
  });

  it('a name with a question mark nowhere beside a letter is left as written (control)', async () => {
    const r = await both('gia-lai-2019.csv', [HEADER, '"Gia Lai","Pleiku","900","700","600"', '"Gia Lai","Ia Grai","500","400","350"']);
    expect(r.code, r.stderr).toBe(0);
  });
});
