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
