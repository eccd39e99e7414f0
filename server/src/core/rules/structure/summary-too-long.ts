// §4.2 PM212: the Executive Summary has more sentences than `summary.maxSentences`.
import type { Rule } from '../../types';
import { allBlocks } from '../../model';
import { analyse } from '../../analysis';
import { proseSpan } from '../../model';
import { profileOf } from '../../templates/document';

export const rule: Rule = {
  id: 'summary-too-long',
  category: 'structure',
  defaultSeverity: 'info',
  description: 'The Executive Summary is longer than summary.maxSentences sentences (default 5; the seed asks for 2–3).',
  explanation:
    'The summary is what most readers read, often the only part. The seed asks for two or three sentences: what happened, the impact in numbers, and the key learning. ' +
    'Move detail into the timeline and the contributing factors. The limit is the `summary.maxSentences` setting. ' +
    'It applies to templates that ask for a short summary (the seed\'s, Google SRE, PagerDuty); Atlassian\'s "few sentences" and the minimal template are not measured.',
  sources: ['seed', 'SREB15'],
  check(model, context) {
    const section = model.section('executive-summary');
    if (!section || !profileOf(model).shortSummary) return [];
    const max = context.config.summary.maxSentences;
    const sentences: { start: number; end: number }[] = [];
    for (const block of allBlocks(section)) {
      for (const unit of block.prose) {
        if (unit.kind !== 'paragraph' && unit.kind !== 'listItem') continue;
        for (const s of analyse(unit).sentences) if (s.words.length) sentences.push(proseSpan(unit, s.start, s.end));
      }
    }
    if (sentences.length <= max) return [];
    const extra = sentences.slice(max);
    return [
      {
        start: extra[0].start,
        end: extra[extra.length - 1].end,
        message: `The ${profileOf(model).sections.find((s) => s.id === section.key)?.title ?? 'Executive Summary'} has ${sentences.length} sentences; keep it to ${max} or fewer (${profileOf(model).id === 'seed' ? 'the seed asks for 2–3' : 'the template asks for a short summary'}).`,
      },
    ];
  },
};
