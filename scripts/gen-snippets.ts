// Generates the whole-template snippets of the template profiles other than the seed's
// ("pm-google-sre", "pm-atlassian", …) from the profiles' own data, into
// snippets/postmortem.code-snippets. `npm run snippets` writes them; test/snippets fails on drift.
// The seed's snippets are hand-written (severity choices, follow-up dates) and left as they are.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PROFILES, type TemplateProfile } from '../server/src/core/templates/index';

export const SNIPPETS_FILE = join(__dirname, '..', 'snippets', 'postmortem.code-snippets');

export const snippetName = (p: TemplateProfile) => `Post-mortem: whole ${p.name} template`;

/** Text as snippet text: `$`, `}` and `\` escaped. */
const literal = (text: string) => text.replace(/[\\$}]/g, (c) => `\\${c}`);

/** The profile's new document as a snippet: every `[placeholder]` a tabstop, today's date in Date. */
export function profileSnippet(p: TemplateProfile): { prefix: string[]; description: string; body: string[] } {
  let n = 0;
  const stops = (text: string) => literal(text).replace(/\[[^\]\n]+\]/g, (m) => `\${${++n}:${m}}`);
  const title = p.title.replace('{title}', '[Incident Title]');
  const lines = ['---', `template: ${p.id}`, '---', '', stops(title)];
  const fields = p.header.map((f) => (f.id === 'date' ? `**${f.label}**: \${${++n}:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}` : `**${f.label}**: ${stops(f.placeholder)}`));
  lines.push(...fields.map((l, i) => (i < fields.length - 1 ? `${l}  ` : l)), '');
  for (const s of p.sections) lines.push(...stops(s.skeleton).replace(/\n$/, '').split('\n'), '');
  lines.push('$0');
  return {
    prefix: [`pm-${p.id === 'any' ? 'minimal' : p.id}`],
    description: `A new post-mortem in the ${p.name} template (${p.source ?? 'the minimal profile'}). ${p.description} The front matter names the template. Replace every [placeholder].`,
    body: lines,
  };
}

export function withProfileSnippets(json: string): string {
  const data = JSON.parse(json) as Record<string, unknown>;
  for (const p of BUILTIN_PROFILES) if (p.id !== 'seed') data[snippetName(p)] = profileSnippet(p);
  return JSON.stringify(data, null, 2) + '\n';
}

if (require.main === module) {
  writeFileSync(SNIPPETS_FILE, withProfileSnippets(readFileSync(SNIPPETS_FILE, 'utf8')));
  console.log('Wrote the template snippets.');
}
