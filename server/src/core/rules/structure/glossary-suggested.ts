// §4.2 PM214 (off by default): acronyms used, but no Glossary or Background section.
import type { Rule } from '../../types';
import { proseSpan, isExempt } from '../../model';
import { normaliseHeading } from '../../template';

/** Acronyms every reader knows, and the linter's own vocabulary. */
const COMMON = new Set([
  'UTC', 'GMT', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'PDT', 'BST', 'IST', 'JST', 'AM', 'PM', 'OK', 'ID', 'IDS', 'US', 'EU', 'UK', 'API', 'APIS', 'URL', 'HTTP', 'HTTPS',
  'TBD', 'TBA', 'TODO', 'XXX', 'FIXME', 'FAQ', 'CEO', 'CTO', 'IT', 'PR', 'PRS', 'CI', 'QA', 'UI', 'UX', 'IP', 'OS', 'CPU', 'RAM', 'GB', 'MB', 'KB', 'TB', 'MS',
  'SEV', 'I', 'A', 'NOT', 'NO', 'AND', 'OR',
]);

export const rule: Rule = {
  id: 'glossary-suggested',
  category: 'structure',
  defaultSeverity: 'off',
  description: 'Several acronyms are used without being spelt out, and there is no Glossary or Background section.',
  explanation:
    'Post-mortems are read by people outside the team, and by the team itself a year later. Acronyms that are obvious during the incident are not to them. ' +
    'Spell each one out on first use, "Domain Name System (DNS)", or add a Glossary or Background section. Off by default.',
  sources: ['SREW', 'PD-W'],
  check(model) {
    if (model.topSections.some((s) => /^(glossary|background|terms|definitions)\b/.test(normaliseHeading(s.heading.text)))) return [];
    const defined = new Set<string>();
    for (const u of model.prose) for (const m of u.text.matchAll(/\(([A-Z][A-Z0-9]{1,5})s?\)/g)) defined.add(m[1]);
    const found = new Map<string, { start: number; end: number }>();
    for (const u of model.prose) {
      if (u.kind === 'heading') continue;
      for (const m of u.text.matchAll(/(?<![\p{L}\p{N}_-])([A-Z][A-Z0-9]{1,5})s?(?![\p{L}\p{N}_-])/gu)) {
        const word = m[1];
        if (COMMON.has(word) || defined.has(word) || /\d{2,}/.test(word) || found.has(word)) continue;
        const start = m.index!;
        if (isExempt(u, start, start + word.length)) continue;
        found.set(word, proseSpan(u, start, start + word.length));
      }
    }
    if (found.size < 3) return [];
    const [first] = [...found.values()].sort((a, b) => a.start - b.start);
    const list = [...found.keys()].slice(0, 6).join(', ');
    return [{ ...first, message: `Acronyms such as ${list} are not spelt out and there is no Glossary section.` }];
  },
};
