// action-owner-vague (catalogue §4.5, PM244): the Owner names nobody in particular ("team",
// "everyone", "someone", "all", "us", "engineering", "?"), or lists several people: the
// sources call for a single owner with collaborators.
import type { Rule, RuleFinding } from '../../types';
import { phraseWords, words } from '../../phrases';
import { actionRows, isBlank, isPlaceholder, plain } from './items';
import { QUESTION_OWNERS, VAGUE_OWNERS } from './action-owner-vague.phrases';

/** Owners listed in the cell: split on commas, semicolons, slashes, "and", "&" and "+";
 *  parenthesised notes ("Ana (with Ben)") belong to the owner before them. */
export function ownersIn(value: string): string[] {
  return value
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*(?:,|;|\/|&|\+|\band\b|<br\s*\/?>)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

const vagueOwners = new Set(VAGUE_OWNERS.map((p) => phraseWords(p).join(' ')));

/** Why an owner value is vague, or undefined when it names one owner. */
export function ownerProblem(raw: string): string | undefined {
  const value = plain(raw);
  if (QUESTION_OWNERS.includes(value)) return '"?" is not an owner';
  const w = words(value).map((t) => t.word).join(' ');
  const vague = vagueOwners.has(w);
  if (vague) return `"${value}" names nobody in particular`;
  const owners = ownersIn(value);
  const handles = value.match(/(^|\s)@[\w.-]+/g)?.length ?? 0;
  const count = Math.max(owners.length, handles);
  if (count > 1) return `"${value}" lists ${count} owners`;
  return undefined;
}

export const rule: Rule = {
  id: 'action-owner-vague',
  category: 'actions',
  defaultSeverity: 'warning',
  description: 'The Owner names nobody in particular ("team", "everyone", "?"), or several people.',
  explanation:
    'When everyone owns an item, nobody does. Give each item a single owner (a person, or a named team such as "Platform team") who is accountable for getting it done; mention collaborators in the action text.',
  sources: ['PD-W', ';login:', 'seed'],
  check(model) {
    const out: RuleFinding[] = [];
    for (const item of actionRows(model)) {
      const cell = item.cell('owner');
      if (!cell || isBlank(cell.raw) || isPlaceholder(cell.raw)) continue;
      const problem = ownerProblem(cell.raw);
      if (!problem) continue;
      out.push({ ...cell.span, message: `${problem}. Give the item one owner: a person or a named team, with collaborators in the action text.` });
    }
    return out;
  },
};
