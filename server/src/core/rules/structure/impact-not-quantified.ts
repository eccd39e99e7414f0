// §4.2 PM212 / PM213: neither the Executive Summary nor an Impact section has a number.
import type { Rule } from '../../types';
import type { Section } from '../../model';
import { allBlocks } from '../../model';
import { normaliseHeading } from '../../template';
import { profileOf } from '../../templates/document';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const HAS_LETTER = /\p{L}/u;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** Numbers that date or time the incident rather than measure it. */
const NOT_IMPACT = new RegExp(
  [
    '\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?Z?)?\\b',
    '\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:am|pm|utc|[a-z]{3,4}t)?\\b',
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?`,
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?`,
    '\\b(?:19|20)\\d{2}\\b',
    '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
  ].join('|'),
  'gi',
);
const NUMBER_WORDS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?|half|percent)\b/i;

/** "No packages were compromised", "nobody was affected": an impact of zero is a number too. */
const ZERO = /\b(?:no\s+(?:\w+\s+){0,2}(?:was|were|had|has|have|is|are)\b|none\b|nobody\b|no one\b|zero\b|not (?:affected|impacted)\b)/i;

export function quantifies(text: string): boolean {
  // Addresses are not figures: "…/pull/406" says nothing about the impact.
  const rest = text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ').replace(NOT_IMPACT, ' ');
  return /\d/.test(rest) || NUMBER_WORDS.test(rest) || /%/.test(rest) || ZERO.test(rest);
}

function impactSection(sections: Section[]): Section | undefined {
  return sections.find((s) => s.role === 'impact') ?? sections.find((s) => !s.id && /^impact\b/.test(normaliseHeading(s.heading.text)));
}

function sectionText(section: Section): string {
  return allBlocks(section)
    .flatMap((b) => (b.table ? b.table.rows.flatMap((r) => r.cells.map((c) => c.raw)) : b.prose.map((u) => u.text)))
    .join(' ');
}

export const rule: Rule = {
  id: 'impact-not-quantified',
  category: 'structure',
  defaultSeverity: 'info',
  description: 'Neither the Executive Summary nor an Impact section gives the impact in numbers (users, %, requests, orders, minutes).',
  explanation:
    '"Some customers were affected" cannot be compared, prioritised or checked. Numbers can: how many users or requests, what share, for how many minutes, how many tickets or orders. ' +
    'Say the impact with numbers in the summary (or in an Impact section), even if they are estimates; say so when they are.',
  sources: ['seed', 'SREB15', 'PD-W'],
  check(model) {
    const summary = model.section('executive-summary');
    const impact = impactSection(model.topSections);
    if (!summary && !impact) return [];
    const texts = [summary, impact].filter((s): s is Section => !!s).map(sectionText);
    if (texts.some(quantifies)) return [];
    // Only the template's placeholders so far ("[2-3 sentence summary …]"): placeholder-text reports them.
    if (texts.every((t) => !HAS_LETTER.test(t.replace(/\[[^\]]*\]/g, '')))) return [];
    const anchor = (summary ?? impact)!.heading.span;
    // The seed's own names; another template's section by the heading the document gives it.
    const name = profileOf(model).id === 'seed' ? (summary ? 'Executive Summary' : 'Impact section') : `"${(summary ?? impact)!.heading.text}" section`;
    return [{ ...anchor, message: `The ${name} does not quantify the impact: add numbers (users, requests, %, minutes).` }];
  },
};
