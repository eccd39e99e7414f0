import type { ProseUnit, Row, UnitIdentity } from './model';
import { ownCopy } from './text';

// A pure function of a string, remembered: per-keystroke work then costs what the edit changed,
// since nearly every cell and line is the same text as before. Bounded: past `limit` entries the
// memo starts over (the entries of one document fit many times over).
export function memoByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    if (memo.has(text)) return memo.get(text) as T;
    // Kept as an owned copy: a slice would keep the document version it was cut from (ownCopy).
    const own = ownCopy(text);
    const value = compute(own);
    if (memo.size >= limit) memo.clear();
    memo.set(own, value);
    return value;
  };
}

/** Slots handed out to memoByIdentity's functions. */
let memoSlots = 0;

/**
 * A pure function of a prose unit's parse identity (its text, exempt ranges and the source it was
 * parsed from) and of `arg`, which must be the same whenever the identity is: remembered per
 * identity, so an unchanged cell or paragraph is not re-read on a keystroke, wherever the edit
 * moved it. Units without an identity (made by hand) are computed every time.
 */
export function memoByIdentity<U extends { identity?: UnitIdentity }, A, T>(compute: (unit: U, arg: A) => T): (unit: U, arg: A) => T {
  // Each memo has a slot in its identities' `memos` array: an index per unit and keystroke is
  // cheaper than a WeakMap lookup, and thousands of units are read on every keystroke.
  const slot = memoSlots++;
  return (unit, arg) => {
    const identity = unit.identity;
    if (!identity) return compute(unit, arg);
    const memos = (identity.memos ??= []);
    let value = memos[slot] as T | undefined;
    if (value === undefined) {
      value = compute(unit, arg);
      memos[slot] = value;
    }
    return value;
  };
}

/** Slots handed out to memoByRow's functions. */
let rowSlots = 0;

/**
 * A pure function of a table row (the parse identities of its cells) and of `key`, remembered on
 * the row: a row reused by the next build of the same document (ModelReuse) keeps it, so a
 * document-wide rule reads one value per row on a keystroke instead of one per cell. `key` stands
 * for what else the value depends on and is compared by identity (pass the same object for equal
 * inputs). Rows made anew (another document, no reuse handle) compute it again.
 */
export function memoByRow<R extends { memos?: unknown[] }, K, T>(compute: (row: R, key: K) => T): (row: R, key: K) => T {
  const slot = rowSlots++;
  return (row, key) => {
    const memos = (row.memos ??= []);
    const memo = memos[slot] as { key: K; value: T } | undefined;
    if (memo && memo.key === key) return memo.value;
    const value = compute(row, key);
    memos[slot] = { key, value };
    return value;
  };
}

/** A cell's prose with what a row memo found in it (memoCellsByRow). */
export interface CellHits<T> {
  unit: ProseUnit;
  hits: T;
}
/** A row where nothing was found: one list shared by all of them (never changed). */
const NO_CELLS: CellHits<never>[] = [];

/**
 * memoByRow over a row's cells: the cells with prose where `read` finds something (not
 * undefined), in column order, with what it found. For the document-wide rules that look at
 * every cell of a table on every keystroke.
 */
export function memoCellsByRow<K, T>(read: (unit: ProseUnit, key: K) => T | undefined): (row: Row, key: K) => CellHits<T>[] {
  return memoByRow((row: Row, key: K): CellHits<T>[] => {
    let out: CellHits<T>[] | undefined;
    for (const cell of row.cells) {
      const unit = cell.prose;
      if (!unit) continue;
      const hits = read(unit, key);
      if (hits !== undefined) (out ??= []).push({ unit, hits });
    }
    return out ?? NO_CELLS;
  });
}
