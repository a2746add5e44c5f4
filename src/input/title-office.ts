// The office a title line names ("CHI CỤC THADS HUYỆN MỸ LỘC", "PHÒNG THADS KHU VỰC 1"): the
// office of a file without an office column, beside its name's (SPEC §3). A name that gives none
// ("bieu-07-viec-2019.csv", as the export saves itself) takes the title's; a name that gives
// another office than its title ("Mỹ Lộc 2019 - bản cũ.csv" under "… HUYỆN MỸ LỘC") is refused:
// read as written it would be a second office, and one office's two versions would be summed.
import { basename } from 'node:path';
import { foldHeader } from '../domain/names.js';
import { mayBeOneOffice } from '../domain/office-names.js';
import { ThadsError } from '../errors.js';
import { fileNamesOffice, officeFromFileName } from './file-names.js';

export interface TitleOffice {
  /** as a name is written ("Mỹ Lộc", "Quận 1", "Phòng THADS khu vực 1") */
  readonly office: string;
  /** the title line naming it */
  readonly line: number;
}

/** An office's designator and its unit, folded: "chi cuc thads huyen", "chi cuc thi hanh an dan su quan", "phong thads khu vuc". */
const DESIGNATOR = /^(chi cuc|phong) (thads|thi hanh an dan su) (huyen|quan|thi xa|thanh pho|khu vuc) /;
const UNIT_WORDS: Record<string, string> = { huyen: '', quan: 'Quận ', 'thi xa': 'Thị xã ', 'thanh pho': 'Thành phố ', 'khu vuc': 'Phòng THADS khu vực ' };

/**
 * The one office the title lines name: a cell that is an office's designator and name, whole.
 * None, or two different ones (a report sent by one office about another): null.
 */
export function titleOffice(rows: readonly { readonly cells: readonly string[]; readonly line: number }[]): TitleOffice | null {
  let found: TitleOffice | null = null;
  for (const { cells, line } of [...rows].sort((a, b) => a.line - b.line)) {
    for (const cell of cells) {
      const office = officeOfCell(cell);
      if (office === null) continue;
      if (found !== null && !mayBeOneOffice(found.office, office)) return null;
      found ??= { office, line };
    }
  }
  return found;
}

function officeOfCell(cell: string): string | null {
  const text = cell.trim().normalize('NFC').replace(/\s+/gu, ' ');
  const m = DESIGNATOR.exec(`${foldHeader(text)} `);
  if (!m) return null;
  // the designator's words are cut as counted folded; the place keeps its marks, and its
  // province after a comma ("…, TỈNH NAM ĐỊNH") is the title's province (title-province.ts)
  const skip = m[1]!.split(' ').length + m[2]!.split(' ').length + m[3]!.split(' ').length;
  const place = text.split(' ').slice(skip).join(' ').split(',')[0]!.trim();
  if (!/\p{L}|\d/u.test(place)) return null;
  return UNIT_WORDS[m[3]!]! + (place === place.toLocaleUpperCase('vi') ? titleCase(place) : place);
}

/** "MỸ LỘC" → "Mỹ Lộc", as place names are written. */
function titleCase(place: string): string {
  return place.toLocaleLowerCase('vi').replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toLocaleUpperCase('vi'));
}

/**
 * The office of a file without an office column: its name's, which its title, naming one, must
 * agree with (OFFICE_NAME_CONFLICT); else its title's; else null (OFFICE_UNKNOWN). Standard
 * input names no file: read as it is.
 */
export function officeOfFile(file: string, title: TitleOffice | null, sheet?: string): string | null {
  if (file === '-') return officeFromFileName(file);
  if (!fileNamesOffice(file)) return title?.office ?? null;
  const named = officeFromFileName(file);
  if (title !== null && !mayBeOneOffice(named, title.office)) {
    throw new ThadsError('OFFICE_NAME_CONFLICT', `the file name "${basename(file)}" says the office is ${named}, but the title (line ${title.line}) says ${title.office}: which office's figures these are cannot be told`, { file, line: title.line, ...(sheet !== undefined ? { sheet } : {}) });
  }
  return named;
}
