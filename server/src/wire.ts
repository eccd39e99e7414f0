// How the Node server writes JSON-RPC messages to a stream (stdio): the library's encoding
// (JSON.stringify, then UTF-8), except for responses carrying a long `items` list, i.e. a
// diagnostics report (551 diagnostics, 234 KB, for a 3,000-line post-mortem, on every keystroke).
// Those are written diagnostic by diagnostic, so no string of the whole report is built: a
// message with curly quotes is stored two bytes a character, and at 1,000 lines and up that
// string and its UTF-8 copy are large objects whose fresh pages cost more than the encoding
// itself. Characters outside ASCII are written as JSON escapes (\u201c), so the client decodes
// plain ASCII, the cheapest string it reads. The JSON means exactly the same.
import type { Message } from 'vscode-languageserver/node';

/** Lists shorter than this go through JSON.stringify whole: splitting them gains nothing. */
const ITEMS_WRITTEN_ONE_BY_ONE = 32;
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;
const escape = (c: string) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');

/** JSON text as ASCII bytes: every other character as its \u escape (valid JSON, the same value). */
function asciiBytes(json: string): Buffer {
  return Buffer.from(NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, escape) : json, 'latin1');
}

/**
 * The bytes of a message: JSON equal to JSON.stringify(message). A response whose result ends
 * with a long `items` array (and whose message ends with `result`) is written item by item, in
 * ASCII; anything else as the library writes it.
 */
export function encodeMessage(message: Message): Buffer {
  const result = (message as { result?: unknown }).result;
  const items = result && typeof result === 'object' ? (result as { items?: unknown }).items : undefined;
  if (!Array.isArray(items) || items.length < ITEMS_WRITTEN_ONE_BY_ONE || lastKey(message) !== 'result' || lastKey(result as object) !== 'items') {
    return Buffer.from(JSON.stringify(message), 'utf8');
  }
  // The message with an empty list ends `[]}}`: the items go between the brackets.
  const envelope = JSON.stringify({ ...message, result: { ...(result as object), items: [] } });
  const parts: Buffer[] = [Buffer.from(envelope.slice(0, -3), 'utf8')];
  for (let i = 0; i < items.length; i++) {
    // As inside an array: what JSON.stringify leaves out (undefined, functions) is null there.
    const json = JSON.stringify(items[i]) ?? 'null';
    parts.push(asciiBytes(i ? ',' + json : json));
  }
  parts.push(Buffer.from(envelope.slice(-3), 'utf8'));
  return Buffer.concat(parts);
}

function lastKey(o: object): string | undefined {
  let last: string | undefined;
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) last = k;
  return last;
}

/** For StreamMessageWriter's options (`contentTypeEncoder`). */
export const jsonEncoder = {
  name: 'application/json',
  encode: (message: Message): Promise<Uint8Array> => Promise.resolve(encodeMessage(message)),
};
