// Where a file's bytes stop being text in the encoding it is read in, found as the file streams
// by (a named pipe or stdin cannot be read again, and a big file need not be): the byte offset
// and physical line of the first bad byte, and what the bytes before it say. A file that reads
// as UTF-8, accented letters included, up to a byte that is not UTF-8 holds two encodings (a
// row pasted from a windows-1258 export): "--encoding windows-1258" would garble its head, so
// the message says so instead of suggesting it. A windows-1258 file whose undefined byte is
// part of a UTF-8 letter (C4 90 "Đ") holds two as well.
import { latinLetters } from '../domain/letters.js';
import { ThadsError } from '../errors.js';

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    if (i + need >= buf.length) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** A letter or mark beyond ASCII: text that decoded as a language with accents, not by chance. */
const NON_ASCII_LETTER = latinLetters(/(?![\x00-\x7f])[\p{L}\p{M}]/u);

export function holdsNonAsciiLetter(text: string): boolean {
  // the plain test first: ten times faster on the ASCII chunks of a big file
  return /[^\x00-\x7f]/.test(text) && NON_ASCII_LETTER.test(text);
}

/** The text of bytes that are valid UTF-8 (the caller checked). */
const utf8Text = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

/**
 * Line ends in bytes [from, to) as the CSV parser counts them ("\r\n", "\n" or "\r" alone);
 * `afterCr`: the byte before `from` was "\r" (its "\n" is not a second line end).
 */
function lineEnds(buf: Uint8Array, from: number, to: number, afterCr: boolean): number {
  let n = 0;
  for (let i = buf.indexOf(0x0a, from); i >= 0 && i < to; i = buf.indexOf(0x0a, i + 1)) if (i === from ? !afterCr : buf[i - 1] !== 0x0d) n++;
  for (let i = buf.indexOf(0x0d, from); i >= 0 && i < to; i = buf.indexOf(0x0d, i + 1)) n++;
  return n;
}

/** Bytes at the end of a chunk that start a character the next chunk completes. */
function pendingTail(chunk: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const b = chunk[chunk.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? chunk.subarray(chunk.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

/** The UTF-8 character whose bytes cover bytes[at], if there is one: its bytes and its text. */
function utf8Around(bytes: Uint8Array, at: number): { bytes: Uint8Array; text: string } | null {
  for (let lead = at; lead >= Math.max(0, at - 3); lead--) {
    const b = bytes[lead]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 1;
    const char = bytes.subarray(lead, lead + length);
    if (length === 1 || lead + length <= at || char.length < length || firstInvalidUtf8(char) >= 0) return null;
    return { bytes: char, text: utf8Text(char) };
  }
  return null;
}

/**
 * Offset of the first UTF-8 character in `bytes` that a windows-1258 or latin1 text never holds
 * (a row pasted from a UTF-8 file), or -1: U+00A0–U+01FF (C2–C7 and a continuation byte: "đ" is
 * C4 91, "Ä‘" there; a capital Â or Ă (C2, C3) ends no syllable, and no letter of those pages
 * is a continuation byte), Vietnamese letters U+1E80–U+1EFF (E1 BA/BB …: "áº¯" for "ắ") and
 * punctuation U+2000–U+20BF (E2 80–82 …: "â€“" for "–"). Every byte of those is defined, so
 * without this the pasted text reads as another office's name. Not for tcvn3, whose letters
 * are those bytes.
 */
/** The characters pastedUtf8 finds, as text: UTF-8 before a byte that is not holds them, so the file holds two encodings. */
const PASTED_CHARACTER = /[\u00a0-\u01ff\u1e80-\u1eff\u2000-\u20bf]/u;

export function pastedUtf8(bytes: Uint8Array): number {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0xc2 || (bytes[i + 1]! & 0xc0) !== 0x80) continue;
    const c = bytes[i + 1]!;
    // C2 80–9F, C3 80–9F are control characters nobody pastes; Â and Ă before – ’ … are the page's
    if (b <= 0xc7 && (b >= 0xc4 || c >= 0xa0)) return i;
    if (i + 2 < bytes.length && (bytes[i + 2]! & 0xc0) === 0x80 && ((b === 0xe1 && (c === 0xba || c === 0xbb)) || (b === 0xe2 && c <= 0x82))) return i;
  }
  return -1;
}

export class BytePosition {
  private before: number;
  private lines = 1;
  private afterCr = false;
  /** UTF-8: the start of a character the next chunk completes; a codepage: the chunk's last bytes */
  private tail: Uint8Array = new Uint8Array(0);
  /** UTF-8 letters beyond ASCII have been read */
  private letters = false;
  /** the first UTF-8 character read that a codepage would read as others (PASTED_CHARACTER) */
  private pastedCharacter: string | null = null;

  /** `start`: bytes of the byte order mark, skipped before the first chunk */
  constructor(private readonly start: number) {
    this.before = start;
  }

  /** a chunk that decoded to `text` */
  passed(chunk: Uint8Array, text: string, utf8: boolean): void {
    this.lines += lineEnds(chunk, 0, chunk.length, this.afterCr);
    if (chunk.length > 0) this.afterCr = chunk[chunk.length - 1] === 0x0d;
    this.before += chunk.length;
    if (utf8) {
      this.tail = pendingTail(chunk);
      this.letters ||= holdsNonAsciiLetter(text);
      this.pastedCharacter ??= PASTED_CHARACTER.exec(text)?.[0] ?? null;
    } else {
      this.tail = chunk.subarray(Math.max(0, chunk.length - 3));
    }
  }

  /** the line of chunk[at] */
  private lineAt(chunk: Uint8Array, at: number): number {
    return this.lines + lineEnds(chunk, 0, at, this.afterCr);
  }

  /** The chunk that failed as UTF-8 (null: the end of the file, inside a character). */
  utf8Error(file: string, chunk: Uint8Array | null): ThadsError {
    const joined = chunk ? Buffer.concat([this.tail, chunk]) : Buffer.from(this.tail);
    const at = Math.max(firstInvalidUtf8(joined), 0);
    const offset = this.before - this.tail.length + at;
    // the tail's bytes were counted with the chunk before; a "\r" cannot be among them
    const line = this.lineAt(joined, at);
    const message = `invalid UTF-8 at byte ${offset} (${hex(joined.subarray(at, at + 4))})`;
    // (the file's first bytes: a document or a picture of the table, no table in text: said so, traps21 8)
    const document = this.before === this.start && chunk ? documentKind(chunk) : null;
    if (document) return new ThadsError('ENCODING_INVALID', `${message}: the file is ${document.what}, not a table in text`, { file, line }, document.hint);
    const prefix = utf8Text(joined.subarray(0, at));
    // a symbol such as "–" counts as letters do: --encoding windows-1258 would refuse it (pastedUtf8)
    const symbol = this.pastedCharacter ?? PASTED_CHARACTER.exec(prefix)?.[0] ?? null;
    const head = this.letters || holdsNonAsciiLetter(prefix) ? 'letters' : symbol !== null ? 'symbol' : this.start === 3 ? 'mark' : null;
    if (!head) return new ThadsError('ENCODING_INVALID', message, { file, line });
    const included = head === 'symbol' ? `"${symbol}" included` : 'accented letters included';
    const before = head === 'mark' ? 'the file is marked UTF-8 (byte order mark)' : line === 1 ? `line 1 starts in UTF-8, ${included},` : `line${line > 2 ? `s 1–${line - 1} are` : ' 1 is'} UTF-8, ${included},`;
    const rest = line === 1 && head !== 'mark' ? 'goes on in another encoding' : `line ${line} is not`;
    const lines = line === 1 ? 'the part of line 1' : `line ${line}`;
    return new ThadsError(
      'ENCODING_INVALID',
      `${message}: ${before} and ${rest}: the file holds two encodings`,
      { file, line },
      `--encoding reads a whole file in one encoding, so none reads this one: convert ${lines} and any other text that is not UTF-8 (pasted from a windows-1258 or TCVN3 file?) to UTF-8, or export the whole table again as "CSV UTF-8"`,
    );
  }

  /** The chunk (with the last one's end) holds a UTF-8 character `encoding` reads as other letters (pastedUtf8), or null. */
  pastedUtf8(file: string, chunk: Uint8Array, encoding: string): ThadsError | null {
    const joined = Buffer.concat([this.tail, chunk]);
    const lead = pastedUtf8(joined);
    if (lead < 0) return null;
    const at = lead - this.tail.length;
    const utf8 = utf8Around(joined, lead + 1)!;
    const line = at >= 0 ? this.lineAt(chunk, at) : this.lines;
    const asRead = encoding === 'latin1' ? String.fromCharCode(...utf8.bytes) : new TextDecoder('windows-1258').decode(utf8.bytes);
    return new ThadsError(
      'ENCODING_INVALID',
      `${hex(utf8.bytes)} at byte ${this.before + at} is "${utf8.text}" in UTF-8, which ${encoding} reads as "${asRead}": line ${line} was written in UTF-8, and the file holds two encodings`,
      { file, line },
      `--encoding reads a whole file in one encoding: convert the lines written in UTF-8 to ${encoding}, or the whole file to UTF-8 (export the table again as "CSV UTF-8" and leave out --encoding)`,
    );
  }

  /** chunk[at] is a byte `encoding` (one byte, one character) has no character for. */
  undefinedByte(file: string, chunk: Uint8Array, at: number, encoding: string): ThadsError {
    const line = this.lineAt(chunk, at);
    const message = `invalid ${encoding} at byte ${this.before + at} (${hex(chunk.subarray(at, at + 1))}): ${encoding} has no character for that byte`;
    const utf8 = utf8Around(Buffer.concat([this.tail, chunk]), this.tail.length + at);
    if (!utf8) return new ThadsError('ENCODING_INVALID', message, { file, line }, `the file is not ${encoding}, or it is damaged there: check --encoding (UTF-8 needs none; tcvn3 is for old ABC-font documents)`);
    return new ThadsError(
      'ENCODING_INVALID',
      `${message}; ${hex(utf8.bytes)} is "${utf8.text}" in UTF-8: line ${line} was written in UTF-8, and the file holds two encodings`,
      { file, line },
      `--encoding reads a whole file in one encoding: convert the lines written in UTF-8 to ${encoding}, or the whole file to UTF-8 (export the table again as "CSV UTF-8" and leave out --encoding)`,
    );
  }
}

/**
 * What a file that is no text is, by its first bytes, and what to do: a PDF, an old Office file
 * (Excel 97–2003's .xls, Word's .doc) or a picture, named .csv or given to thads as one.
 */
function documentKind(head: Uint8Array): { readonly what: string; readonly hint: string } | null {
  const starts = (bytes: readonly number[]) => bytes.every((b, i) => head[i] === b);
  const picture = 'a picture of a table cannot be read: get the spreadsheet itself and export it as "CSV UTF-8" or an Excel workbook (.xlsx)';
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return { what: 'a PDF document', hint: 'thads reads no table out of a PDF: export the table from the spreadsheet it was made in as "CSV UTF-8" or an Excel workbook (.xlsx)' };
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { what: 'an old Office document (an Excel 97–2003 workbook, .xls, or a Word .doc)', hint: 'open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as "CSV UTF-8"' };
  if (starts([0x89, 0x50, 0x4e, 0x47])) return { what: 'a PNG image', hint: picture };
  if (starts([0xff, 0xd8, 0xff])) return { what: 'a JPEG image', hint: picture };
  return null;
}
