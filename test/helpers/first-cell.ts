import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

/** Cell A1 of sheet 1 of a workbook (a shared string), or null when it holds none: where thads writes a run's period line. */
export async function firstCell(file: string): Promise<string | null> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const a1 = /<c r="A1"[^>]*t="s"[^>]*><v>(\d+)<\/v><\/c>/.exec(sheet);
  if (a1 === null) return null;
  const strings = [...(await zip.file('xl/sharedStrings.xml')!.async('string')).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
  return strings[Number(a1[1])] ?? null;
}
