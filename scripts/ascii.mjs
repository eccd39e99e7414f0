// Escapes every non-ASCII character of a generated bundle as \uXXXX, and moves its source map's
// columns to match.
//
// Why: Node keeps each script's source text in the V8 heap (lazy compilation compiles functions
// from it on first call). One character above U+00FF makes V8 store the whole text as a two-byte
// string: the server bundle, all ASCII but for some quotes and dashes, then takes twice its size
// (3.9 MB instead of 1.9 for the unminified one, 2.1 instead of 1.05 minified). esbuild's default
// charset escapes strings, templates and identifiers, but leaves regular-expression literals and
// comments as they are (evanw/esbuild#4205), and the rules' patterns hold curly quotes and dashes.
//
// \uXXXX means the same character everywhere it can appear in a bundle: in a string, a template,
// a comment, and in a regular expression with or without the u flag (there an escaped surrogate
// pair is one code point). Characters above U+FFFF are written as their two surrogates, which is
// what they are in UTF-16. A character after an odd run of backslashes was an identity escape
// (`\’` in a non-unicode regex): the escape replaces it, backslash included. Only a regex's
// `.source` and String.raw could tell the difference; the code uses neither on these patterns.
const NON_ASCII = /(\\*)([^\x00-\x7f])/g;

/** The code with every non-ASCII UTF-16 unit escaped. */
export function asciiOnly(code) {
  return escapeLine(code).text;
}

/** The escaped text, and for each escape the column where it was and how much longer it made the text. */
function escapeLine(line) {
  const shifts = [];
  const text = line.replace(NON_ASCII, (match, slashes, unit, at) => {
    const escape = '\\u' + unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    const replaced = (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escape;
    shifts.push({ column: at + match.length - 1, by: replaced.length - match.length });
    return replaced;
  });
  return { text, shifts };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = BASE64.indexOf(c);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return values;
}

function encodeVlq(values) {
  let out = '';
  for (const v of values) {
    let rest = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = rest & 31;
      rest >>>= 5;
      if (rest) digit |= 32;
      out += BASE64[digit];
    } while (rest);
  }
  return out;
}

/**
 * Escapes the code and, given its source map (JSON text), returns the map with the generated
 * columns after each escape moved right, so breakpoints and stack traces still land where they did.
 */
export function asciiOnlyWithMap(code, mapJson) {
  const lines = code.split('\n');
  const map = mapJson === undefined ? undefined : JSON.parse(mapJson);
  const mappings = map?.mappings.split(';');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const { text, shifts } = escapeLine(lines[i]);
    if (!shifts.length) continue;
    changed = true;
    lines[i] = text;
    if (!mappings?.[i]) continue;
    // Generated columns are deltas within a line: decode them, shift, encode them again.
    let column = 0;
    let moved = 0;
    mappings[i] = mappings[i]
      .split(',')
      .map((segment) => {
        const [delta, ...rest] = decodeVlq(segment);
        column += delta;
        const newColumn = column + shifts.filter((s) => s.column < column).reduce((sum, s) => sum + s.by, 0);
        const out = encodeVlq([newColumn - moved, ...rest]);
        moved = newColumn;
        return out;
      })
      .join(',');
  }
  if (!changed) return { code, map: mapJson };
  if (map) map.mappings = mappings.join(';');
  return { code: lines.join('\n'), map: map ? JSON.stringify(map) : undefined };
}
