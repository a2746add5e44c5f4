// What a rule on an office's cells said of a text, remembered: the scanner asks a dozen rules of
// each new key's names (a 1M-row file has 4,200 keys, 700 names). One map a rule, keyed by the
// cell's text itself: its hash is computed once and kept with the string, where a key built per
// question ("r\0" + name) was a new string to build and hash at every lookup.

/** Entries held in all (as one map held before): beyond it every rule forgets, and memory stays flat. */
const MAX_ENTRIES = 1 << 14;

export class RuleMemo {
  private readonly rules = new Map<string, Map<string, unknown>>();
  private entries = 0;

  /** `rule`'s verdict on `key` (a cell's text, or texts joined by \u0000), judged on first asking. */
  ask<T>(rule: string, key: string, judge: () => T): T {
    let known = this.rules.get(rule);
    if (known === undefined) this.rules.set(rule, (known = new Map()));
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as T;
    const judged = judge();
    if (this.entries >= MAX_ENTRIES) {
      for (const m of this.rules.values()) m.clear();
      this.entries = 0;
    }
    known.set(key, judged);
    this.entries++;
    return judged;
  }
}
