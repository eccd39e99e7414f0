// A strict parser of VS Code's snippet syntax (tabstops, placeholders, choices, variables and
// escapes, as documented for snippets), and an expander that replaces every placeholder by its
// default and every choice by its first option: what the user gets by pressing Tab through.
// Stricter than the editor on purpose: a stray `$` or an unknown variable is an error here.

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[] };

export const KNOWN_VARIABLES = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME', 'TM_FILENAME_BASE',
  'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER',
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE',
  'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX',
  'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

export class SnippetSyntaxError extends Error {}

export function parseSnippet(body: string): SnippetNode[] {
  let i = 0;
  const fail = (msg: string): never => {
    throw new SnippetSyntaxError(`${msg} at offset ${i}: ${JSON.stringify(body.slice(Math.max(0, i - 15), i + 15))}`);
  };
  const int = (): number => {
    const m = /^\d+/.exec(body.slice(i));
    if (!m) fail('expected a tabstop number');
    i += m![0].length;
    return Number(m![0]);
  };
  const name = (): string | undefined => {
    const m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(body.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  };
  const variable = (n: string) => {
    if (!KNOWN_VARIABLES.has(n)) fail(`unknown variable ${n}`);
  };

  // Parses until `}` (nested) or the end (top level).
  function sequence(nested: boolean): SnippetNode[] {
    const out: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', value: text });
      text = '';
    };
    while (i < body.length) {
      const c = body[i];
      if (c === '\\') {
        const next = body[i + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          i += 2;
        } else {
          text += c;
          i++;
        }
        continue;
      }
      if (c === '}' && nested) {
        flush();
        return out;
      }
      if (c !== '$') {
        text += c;
        i++;
        continue;
      }
      flush();
      i++;
      if (/\d/.test(body[i] ?? '')) {
        out.push({ kind: 'tabstop', index: int() });
        continue;
      }
      if (body[i] !== '{') {
        const n = name();
        if (!n) fail('a "$" that starts nothing (escape it as "\\$")');
        variable(n!);
        out.push({ kind: 'variable', name: n! });
        continue;
      }
      i++; // past {
      if (/\d/.test(body[i] ?? '')) {
        const index = int();
        if (body[i] === '}') {
          i++;
          out.push({ kind: 'tabstop', index });
        } else if (body[i] === ':') {
          i++;
          const children = sequence(true);
          if (body[i] !== '}') fail('unclosed placeholder');
          i++;
          out.push({ kind: 'placeholder', index, children });
        } else if (body[i] === '|') {
          i++;
          const options: string[] = [];
          let option = '';
          for (;;) {
            if (i >= body.length) fail('unclosed choice');
            const d = body[i];
            if (d === '\\' && (body[i + 1] === ',' || body[i + 1] === '|' || body[i + 1] === '\\')) {
              option += body[i + 1];
              i += 2;
            } else if (d === ',') {
              options.push(option);
              option = '';
              i++;
            } else if (d === '|') {
              options.push(option);
              i++;
              break;
            } else {
              option += d;
              i++;
            }
          }
          if (body[i] !== '}') fail('a choice must end with "|}"');
          i++;
          if (options.some((o) => o === '')) fail('empty choice option');
          out.push({ kind: 'choice', index, options });
        } else fail('expected "}", ":" or "|" after a tabstop number');
        continue;
      }
      const n = name();
      if (!n) fail('expected a tabstop number or a variable name after "${"');
      variable(n!);
      if (body[i] === '}') {
        i++;
        out.push({ kind: 'variable', name: n! });
      } else if (body[i] === ':') {
        i++;
        const children = sequence(true);
        if (body[i] !== '}') fail('unclosed variable default');
        i++;
        out.push({ kind: 'variable', name: n!, children });
      } else fail('expected "}" or ":" after a variable name');
    }
    if (nested) fail('unclosed "${"');
    flush();
    return out;
  }
  return sequence(false);
}

/** Every tabstop number used (placeholders and choices included), in order of appearance. */
export function tabstops(nodes: SnippetNode[]): number[] {
  const out: number[] = [];
  for (const n of nodes) {
    if (n.kind === 'tabstop' || n.kind === 'choice') out.push(n.index);
    else if (n.kind === 'placeholder') out.push(n.index, ...tabstops(n.children));
    else if (n.kind === 'variable' && n.children) out.push(...tabstops(n.children));
  }
  return out;
}

/** Text after pressing Tab through: placeholder defaults, first choices, variables from `vars`. */
export function expandSnippet(nodes: SnippetNode[], vars: Record<string, string> = {}): string {
  return nodes
    .map((n) => {
      switch (n.kind) {
        case 'text':
          return n.value;
        case 'tabstop':
          return '';
        case 'placeholder':
          return expandSnippet(n.children, vars);
        case 'choice':
          return n.options[0];
        case 'variable':
          return vars[n.name] ?? (n.children ? expandSnippet(n.children, vars) : '');
      }
    })
    .join('');
}
