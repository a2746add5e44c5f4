// TARGET_UNMATCHED's hint for a province target said "a province merged on 1/7/2025 keeps its
// name: a target for Ninh Bình does not apply to rows labelled Nam Định" whatever the config and
// the file (traps31 t8: a 2025 config target for "Bình Định", merged into Gia Lai, beside a file of
// Gia Lai and Ninh Bình — and in 2025 a merged-away province's rows DO take its successor's target,
// as the message itself says). Now the hint names the target's own provinces: the successor to
// write it under in a report by the 34; in a report by the 63 the input's provinces, and those of
// them the target's province was merged with on 1/7/2025 where the input gives one.
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, write } = fileTree('thads-target-unmatched-hint-');
write({
  'by34/nb-2025.csv': ['Tỉnh,Đơn vị,cases_with_conditions,cases_resolved', 'Ninh Bình,Phòng THADS khu vực 1,1000,850', 'Nam Định,Phòng THADS khu vực 2,1000,860', 'Gia Lai,Phòng THADS khu vực 1,1000,870'],
  'by34/thads.config.json': ['{ "targets": { "2025": { "cases": 80, "provinces": { "Ninh Bình": { "cases": 86 }, "Bình Định": { "cases": 90 } } } } }'],
  'by63/t-2024.csv': ['Tỉnh,Đơn vị,cases_with_conditions,cases_resolved', 'Nam Định,Chi cục THADS huyện Mỹ Lộc,1000,860', 'Hà Nội,Chi cục THADS huyện Gia Lâm,1000,870'],
  'by63/thads.config.json': ['{ "targets": { "2024": { "cases": 80, "provinces": { "Ninh Bình": { "cases": 86 } } } } }'],
  'apart/t-2024.csv': ['Tỉnh,Đơn vị,cases_with_conditions,cases_resolved', 'Hà Nội,Chi cục THADS huyện Gia Lâm,1000,870', 'Huế,Chi cục THADS huyện Phú Lộc,1000,870'],
  'apart/thads.config.json': ['{ "targets": { "2024": { "cases": 80, "provinces": { "Đà Nẵng": { "cases": 86 } } } } }'],
});

describe('TARGET_UNMATCHED names the provinces of its own target and input', () => {
  it('2025, a province merged away (Bình Định): write the target under its successor, Gia Lai — no Ninh Bình, no Nam Định', () => {
    const r = spawnThads(['summarize', 'nb-2025.csv'], { cwd: `${dir}/by34` });
    expect(r.stderr).toContain('warning: the target for province "Bình Định" (2025) applies to none of the input: Bình Định was merged into Gia Lai on 1/7/2025');
    expect(r.stderr).toContain('  hint: give the target under "Gia Lai": a report of 2025 counts by the 34 provinces, Bình Định\'s rows among Gia Lai\'s\n');
    expect(r.stderr).not.toContain('rows labelled Nam Định');
  });

  it('2024, a target for Ninh Bình beside rows of Nam Định (merged with it on 1/7/2025, apart in 2024): both named', () => {
    const r = spawnThads(['summarize', 't-2024.csv'], { cwd: `${dir}/by63` });
    expect(r.stderr).toContain('  hint: provinces match however written ("TP. Hồ Chí Minh" = "Hồ Chí Minh", "Thừa Thiên Huế" = "Huế"); check "Ninh Bình" against the input\'s "Nam Định", "Hà Nội"; in a report of 2024 the provinces merged on 1/7/2025 are still apart: a target for Ninh Bình does not apply to rows labelled Nam Định\n');
  });

  it('2024, a target for Đà Nẵng beside Hà Nội and Huế: the input\'s provinces, no merger named', () => {
    const r = spawnThads(['summarize', 't-2024.csv'], { cwd: `${dir}/apart` });
    expect(r.stderr).toContain('  hint: provinces match however written ("TP. Hồ Chí Minh" = "Hồ Chí Minh", "Thừa Thiên Huế" = "Huế"); check "Đà Nẵng" against the input\'s "Hà Nội", "Huế"\n');
    expect(r.stderr).not.toContain('Ninh Bình');
  });
});
