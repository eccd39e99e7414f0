// §4.4 PM233 (off by default): no link to related or earlier incidents.
import type { Rule } from '../../types';
import { normaliseHeading } from '../../template';

const RELATED = /\b(related|previous|earlier|prior|similar|recurr\w*|repeat\w*|same)\b[^.]{0,60}\b(incidents?|post-?mortems?|outages?|reviews?)\b/i;

export const rule: Rule = {
  id: 'recurrence-link',
  category: 'structure',
  defaultSeverity: 'off',
  description: 'The document does not link to related or earlier incidents.',
  explanation:
    'An incident that resembles an earlier one is a signal: the earlier actions did not cover this path, or were not done. ' +
    'Link related post-mortems (or write that none were found) so that patterns across incidents become visible. Off by default.',
  sources: ['SREW', 'ATL'],
  check(model) {
    if (model.topSections.some((s) => /^(related|previous|similar) (incidents?|post-?mortems?)/.test(normaliseHeading(s.heading.text)))) return [];
    for (const u of model.prose) {
      if (!RELATED.test(u.text)) continue;
      const src = model.source.slice(u.span.start, u.span.end);
      if (/\]\(|\]\[|<https?:|https?:\/\/|\b[A-Z][A-Z0-9]+-\d+\b|#\d+\b|\bnone (found|identified)\b/i.test(src)) return [];
    }
    const anchor = model.section('contributing-factors')?.heading.span ?? model.title?.span ?? { start: 0, end: model.lines.lineEnd(0) };
    return [{ ...anchor, message: 'No link to related or earlier incidents; link them, or say that none were found.' }];
  },
};
