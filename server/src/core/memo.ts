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
  // Kept on the identity under this memo's own key rather than in a WeakMap: the value goes with
  // the identity either way, but a WeakMap's table keeps the size it grew to while many documents
  // were parsed at once (0.5 MB per memo after opening 50 post-mortems, measured).
  const key = Symbol('memoByIdentity');
  return (unit, arg) => {
    const identity = unit.identity as { [key]?: T } | undefined;
    if (!identity) return compute(unit, arg);
    let value = identity[key];
    if (value === undefined) {
      value = compute(unit, arg);
      // Not enumerable: a memo is no part of what the identity is (models are compared deeply).
      Object.defineProperty(identity, key, { value });
    }
    return value;
  };
}
