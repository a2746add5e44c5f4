// The validator compiled at build time and Ajv compiling the schema at run time give the same verdicts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { canonicalNames } from '../../src/domain/fields.js';
import { ROOT } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'thads.schema.json'), 'utf8'));
const runtime = new Ajv.default({ allErrors: true, strict: false }).compile(schema);

const CONFIGS: unknown[] = [
  { targets: { '2019': { cases: 74, money: '34.5' } } },
  { targets: { '2019': { cases: 74, money: '34,5' } } },
  { targets: { '2019': { cases: 101 } } },
  { targets: { '19': { cases: 74 } } },
  { targets: { '2019': { provinces: { 'Nam Định': { cases: '75' } }, districts: { 'Giao Thủy': { money: 40 } } } } },
  { rateDecimal: 2 },
  { rateDecimals: 2, gapBasis: 'rounded', lang: 'vi', numberFormat: 'vi', moneyUnit: 'thousand' },
  { aliases: { 'Số việc có ĐK': 'cases_with_conditions' } },
  { aliases: { x: 'cases_bogus' } },
  { aliases: { 'Hoãn, tạm đình chỉ (việc)': 'cases_deferred' } },
  { aliases: { 'Giảm (việc)': 'cases_reduced' } },
  { $schema: './thads.schema.json' },
  { report: { agency: 'CỤC THADS TỈNH NAM ĐỊNH', number: '125/BC-CTHADS', date: '2019-10-15', recipients: ['Lưu: VT'], signer: { authority: 'KT. CỤC TRƯỞNG', name: 'Nguyễn Văn An' } } },
  { report: { date: '15/10/2019' } },
  { report: { signer: { nam: 'Nguyễn Văn An' } } },
  { report: { recipients: 'Lưu: VT' } },
  [],
  'text',
];

describe('precompiled config validator (dist/config/config-validator.cjs, built by npm run build)', () => {
  it('agrees with Ajv on valid and invalid configs, errors included', async () => {
    const compiled = (await import(join(ROOT, 'dist/config/config-validator.cjs'))).default as ((d: unknown) => boolean) & { errors?: unknown[] | null };
    for (const config of CONFIGS) {
      const a = runtime(config);
      const b = compiled(config);
      expect(b).toBe(a);
      expect((compiled.errors ?? []).map((e) => JSON.stringify(e))).toEqual((runtime.errors ?? []).map((e) => JSON.stringify(e)));
    }
  });
});

describe('thads.schema.json: the alias names come from the field table', () => {
  it('is what scripts/schema-aliases.mjs generates', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'schema-aliases.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('accepts every canonical name, deferred included, and refuses cases_reduced (reduced is money only)', () => {
    for (const name of canonicalNames()) expect(runtime({ aliases: { h: name } })).toBe(true);
    expect(canonicalNames()).toContain('cases_deferred');
    expect(runtime({ aliases: { h: 'cases_reduced' } })).toBe(false);
    expect(runtime({ aliases: { h: 'money_reduced' } })).toBe(true);
  });
});
