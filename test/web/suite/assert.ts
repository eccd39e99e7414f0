// The few assertions the web suite needs: the web extension host has no `node:assert`.
export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(`assertion failed: ${message}`);
}

export function equal<T>(actual: T, expected: T, message: string): void {
  if (actual !== expected) throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Structural equality of JSON-like values (arrays, plain objects, primitives). */
export function deepEqual(actual: unknown, expected: unknown, message: string): void {
  const a = JSON.stringify(actual, null, 1);
  const e = JSON.stringify(expected, null, 1);
  if (a !== e) throw new Error(`${message}:\n  expected ${e.replace(/\n\s*/g, ' ')}\n  got      ${a.replace(/\n\s*/g, ' ')}`);
}
