// Text → the bytes of another encoding, as Excel and Windows write them, to read those files
// back in tests and the bench. Plain JavaScript: the bench's scripts (node, no TypeScript) use it too.
import iconv from 'iconv-lite';

/** Byte order mark and UTF-16 code units, little- or big-endian. */
export function utf16(text, endian) {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

const CP1258 = new Map();
{
  const chars = iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, b) => b)), 'windows-1258');
  [...chars].forEach((ch, b) => {
    if (ch !== '\ufffd' && !CP1258.has(ch)) CP1258.set(ch, b);
  });
}

/**
 * windows-1258, as Windows writes Vietnamese in it: a letter it has precomposed as one byte
 * (â, ê, ô, ơ, ư, ă, đ and some toned ones), its tone as a combining mark (one of five bytes):
 * "ế" → ê (EA) + U+0301 (EC). iconv-lite alone writes "?" for "ế". Returns null when a
 * character has no such spelling (an emoji, CJK).
 */
export function windows1258(text) {
  const out = [];
  // a base letter and the combining marks after it
  for (const cluster of text.match(/\P{M}\p{M}*|\p{M}+/gsu) ?? []) {
    if (CP1258.has(cluster)) {
      out.push(CP1258.get(cluster));
      continue;
    }
    // The base with as many of its marks as one byte holds, the other marks as bytes of their own
    // ("ộ" → ô (F4) + U+0323 (F2): NFD puts the dot below before the circumflex).
    const [base, ...marks] = [...cluster.normalize('NFD')];
    let best = null;
    for (let subset = 0; subset < 1 << marks.length; subset++) {
      const kept = marks.filter((_, i) => subset & (1 << i));
      const rest = marks.filter((_, i) => !(subset & (1 << i)));
      const head = CP1258.get(`${base}${kept.join('')}`.normalize('NFC'));
      if (head === undefined || !rest.every((m) => CP1258.has(m))) continue;
      if (!best || kept.length > best.kept) best = { kept: kept.length, bytes: [head, ...rest.map((m) => CP1258.get(m))] };
    }
    if (!best) return null;
    out.push(...best.bytes);
  }
  return Buffer.from(out);
}
