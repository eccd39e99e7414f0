// §4.1 PM207 (off by default): no Status field (Draft, In Review, Reviewed, Closed).
import type { Rule } from '../../types';
import { bodyHeader, headerAnchor, headerLineEdits } from './shared';

export const rule: Rule = {
  id: 'header-status',
  category: 'structure',
  defaultSeverity: 'off',
  description: 'The header has no Status field (Draft, In Review, Reviewed, Closed).',
  explanation:
    'A status tells readers whether the document is still being written, waiting for review, or final, so nobody quotes a draft as the conclusion. ' +
    'Off by default; turn it on if your team tracks post-mortems through review states.',
  sources: ['ATL', 'SREW'],
  check(model) {
    if (model.header.some((h) => /^status$/i.test(h.label.trim()))) return [];
    if (model.frontMatter && Object.keys(model.frontMatter.data).some((k) => k.toLowerCase() === 'status')) return [];
    const body = bodyHeader(model);
    const edits = headerLineEdits(model, 'Status', '[Draft / In Review / Reviewed / Closed]', body.length ? { after: body[body.length - 1] } : {});
    return [{ ...headerAnchor(model), message: 'The header has no Status field.', fixes: [{ title: 'Insert a Status field', edits, safe: true, preferred: true }] }];
  },
};
