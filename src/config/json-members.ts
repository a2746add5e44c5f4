// Where each key of a JSON text stands, and keys an object gives twice. JSON.parse keeps the
// last of two equal keys without a word: {"2019": {"cases": 74}, "2019": {"money": "34.5"}}
// would drop the first year's targets. Run on a text JSON.parse has accepted.

export interface KeyPlace {
  readonly line: number;
  readonly column: number;
}

export interface DuplicateKey {
  /** the path of the duplicated key, from the top: ["targets", "2019"] */
  readonly path: readonly string[];
  readonly first: KeyPlace;
  readonly second: KeyPlace;
}

export interface JsonMembers {
  /** path joined with NUL → where its key is written (the first time) */
  readonly places: ReadonlyMap<string, KeyPlace>;
  readonly duplicates: readonly DuplicateKey[];
}

export const memberId = (path: readonly string[]): string => path.join('\u0000');

export function scanJsonMembers(text: string): JsonMembers {
  const places = new Map<string, KeyPlace>();
  const duplicates: DuplicateKey[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const here = (): KeyPlace => ({ line, column: i - lineStart + 1 });
  const skipSpace = (): void => {
    while (i < text.length) {
      const c = text[i]!;
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
        line++;
        lineStart = i + 1;
      } else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      i++;
    }
  };
  // Strings hold no raw line breaks (JSON forbids them), so only whitespace moves the line.
  const readString = (): string => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (path: string[]): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      const seen = new Map<string, KeyPlace>();
      for (skipSpace(); text[i] !== '}'; skipSpace()) {
        if (text[i] === ',') {
          i++;
          skipSpace();
        }
        const place = here();
        const key = readString();
        const first = seen.get(key);
        if (first) duplicates.push({ path: [...path, key], first, second: place });
        else seen.set(key, place);
        const id = memberId([...path, key]);
        if (!places.has(id)) places.set(id, place);
        skipSpace();
        i++; // ':'
        readValue([...path, key]);
      }
      i++;
    } else if (c === '[') {
      i++;
      for (let n = 0; ; n++) {
        skipSpace();
        if (text[i] === ']') break;
        if (text[i] === ',') i++;
        readValue([...path, String(n)]);
      }
      i++;
    } else if (c === '"') readString();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  readValue([]);
  return { places, duplicates };
}
