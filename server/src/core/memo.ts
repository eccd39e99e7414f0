// A pure function of a string, remembered: per-keystroke work then costs what the edit changed,
// since nearly every cell and line is the same text as before. Bounded: past `limit` entries the
// memo starts over (the entries of one document fit many times over).
export function memoByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    if (memo.has(text)) return memo.get(text) as T;
    const value = compute(text);
    if (memo.size >= limit) memo.clear();
    memo.set(text, value);
    return value;
  };
}

/**
 * A pure function of a prose unit's parse identity (its text, exempt ranges and the source it was
 * parsed from) and of `arg`, which must be the same whenever the identity is: remembered per
 * identity, so an unchanged cell or paragraph is not re-read on a keystroke, wherever the edit
 * moved it. Units without an identity (made by hand) are computed every time.
 */
export function memoByIdentity<U extends { identity?: object }, A, T>(compute: (unit: U, arg: A) => T): (unit: U, arg: A) => T {
  const memo = new WeakMap<object, T>();
  return (unit, arg) => {
    const identity = unit.identity;
    if (!identity) return compute(unit, arg);
    let value = memo.get(identity);
    if (value === undefined) {
      value = compute(unit, arg);
      memo.set(identity, value);
    }
    return value;
  };
}
