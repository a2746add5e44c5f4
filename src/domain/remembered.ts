// One function's answers remembered, key by key: for pure functions asked again and again of the
// same names or numbers. Bounded, so memory stays flat however many distinct keys pass.

/** The most keys a memo holds; beyond it, it forgets them all and starts again. */
const MAX_KEYS = 1 << 16;

/**
 * `fn` remembered. A string key's hash is kept with the string, so a lookup costs far less than
 * the folds it spares (NFD, regular expressions, NFC: microseconds). Map keys compare as
 * SameValueZero: 0 and −0 are one key.
 */
export function remembered<T>(fn: (key: string) => T): (key: string) => T;
export function remembered<T>(fn: (key: number) => T): (key: number) => T;
export function remembered<K extends string | number, T>(fn: (key: K) => T): (key: K) => T {
  const known = new Map<K, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= MAX_KEYS) known.clear();
      value = fn(key);
      known.set(key, value);
    }
    return value;
  };
}
