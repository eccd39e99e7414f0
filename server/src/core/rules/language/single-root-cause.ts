// One technical cause framed as "the root cause" (catalogue §2.16). A person or "human error" as
// the root cause is the blame rules' (person-root-cause, human-error-cause): this rule stays
// silent on those complements, and the engine's overlap order makes blame win on shared spans.
import { englishProse } from '../../foreign';
import type { Rule, RuleFinding } from '../../types';
import type { SectionContext } from '../../model';
import { isExempt, proseSpan } from '../../model';
import { analyse, type AnalysedWord } from '../../analysis';
import { gazetteer, isHandle, isPersonName, isPersonPronoun, isRoleNoun, isTeamNoun } from '../../people';
import { CONTRIBUTING_FACTOR_QUESTIONS } from '../../template';
import { COPULAS, QUALIFIERS, HUMAN_ERROR_WORDS, NOT_A_CLAIM_AFTER } from './single-root-cause.phrases';

// Regexes with \p{…} live at module level: the TypeScript transforms (esbuild, tsx) turn them
// into `new RegExp(…)`, which inside a function is rebuilt on every call.
const STARTS_UPPER = /^\p{Lu}/u;

/** Sections where one cause is offered as the explanation (§1.5). */
const SECTIONS: SectionContext[] = ['executive-summary', 'contributing-factors', 'key-learnings', 'other', 'preamble'];

export const rule: Rule = {
  id: 'single-root-cause',
  category: 'structure',
  scope: 'prose',
  defaultSeverity: 'info',
  description: 'One cause is framed as "the root cause" where several conditions combined.',
  explanation:
    'Incidents in complex systems come from several conditions combining. Calling one of them "the root cause" hides the others: list them as contributing factors. Teams that prefer "root causes" can set `rootCause.style: "root-causes"`.',
  sources: ['PD-W', 'ETSY-DFG', 'ALL-IH', 'SREB15', 'ATL'],
  prompts: CONTRIBUTING_FACTOR_QUESTIONS,
  check(model, context) {
    if (context.config.rootCause.style === 'root-causes') return [];
    const people = gazetteer(model, context.config);
    const out: RuleFinding[] = [];
    for (const unit of englishProse(model)) {
      if (!SECTIONS.includes(unit.context)) continue;
      for (const sentence of analyse(unit).sentences) {
        const w = sentence.words;
        for (let i = 0; i < w.length; i++) {
          const root = w[i].norm === 'root' && w[i + 1]?.norm === 'cause';
          const bareCause = w[i].norm === 'cause' && (w[i - 1]?.norm === 'the' || QUALIFIERS.includes(w[i - 1]?.norm ?? '')) && w[i - 1]?.norm !== 'root';
          if (!root && !bareCause) continue;
          const causeIndex = root ? i + 1 : i;
          const cause = w[causeIndex];
          const next = w[causeIndex + 1];
          if (next && NOT_A_CLAIM_AFTER.includes(next.norm)) continue; // "root cause analysis"
          // "Root cause: X" (a label) or "the root cause was/is X".
          const gap = unit.text.slice(cause.end, next ? next.start : sentence.end);
          const label = /^\s*\**\s*:/.test(gap);
          const copula = next && COPULAS.includes(next.norm) && /^\s*$/.test(gap);
          if (!label && !copula) continue;
          // Start at a preceding determiner/qualifier ("the single root cause").
          let first = root ? i : i - 1;
          while (first > 0 && (QUALIFIERS.includes(w[first - 1].norm) || w[first - 1].norm === 'the') && w[first - 1].end + 2 >= w[first].start) first--;
          const complement = w.slice(causeIndex + (copula ? 2 : 1));
          if (!complement.length || isPersonComplement(complement, people) || complement.some((x, k) => HUMAN_ERROR_WORDS.includes(x.norm) || (x.norm === 'human' && complement[k + 1]))) continue;
          const end = copula ? next!.end : cause.end + gap.indexOf(':') + 1;
          const start = w[first].start;
          if (isExempt(unit, start, end)) continue;
          const span = proseSpan(unit, start, end);
          const written = unit.text.slice(start, end);
          const replacement = label ? 'Contributing factor:' : /^the\b/i.test(written) ? matchFirst(written, 'One contributing factor was') : 'one contributing factor was';
          out.push({
            ...span,
            message: `"${written.replace(/\s+/g, ' ')}" frames one condition as the only cause; list the contributing factors instead.`,
            phrase: written,
            fixes: [{ title: `Rewrite as "${replacement}"`, edits: [{ ...span, newText: label ? replacement : replacement.replace(/ was$/, ` ${next!.value.toLowerCase()}`) }], preferred: true }],
            prompts: rule.prompts,
          });
        }
      }
    }
    return out;
  },
};

function matchFirst(original: string, replacement: string): string {
  return STARTS_UPPER.test(original) ? replacement : replacement[0].toLowerCase() + replacement.slice(1);
}

/** "the root cause was Ana", "…was the DBA running…", "…was @jpark's change": the blame rules' case. */
function isPersonComplement(words: AnalysedWord[], people: ReturnType<typeof gazetteer>): boolean {
  let k = 0;
  while (k < words.length && ['the', 'a', 'an', 'our', 'their', 'that', 'this'].includes(words[k].norm)) k++;
  const head = words[k];
  if (!head) return false;
  const bare = head.value.replace(/['’]s$/, '');
  return (
    isPersonName(bare, people) ||
    isHandle(head.value, words[k + 1]?.value) ||
    isPersonPronoun(head.norm) ||
    isRoleNoun(bare.toLowerCase()) ||
    (isTeamNoun(words[k + 1]?.norm ?? '') && k + 1 < words.length) ||
    ['someone', 'somebody', 'nobody', 'everyone', 'people'].includes(head.norm)
  );
}
