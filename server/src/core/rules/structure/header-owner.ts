// §4.1 PM206 (off by default): no single document Owner separate from the Facilitator.
import type { Rule } from '../../types';
import { splitPeople } from '../../people';
import { bodyHeader, headerAnchor, headerLineEdits } from './shared';

export const rule: Rule = {
  id: 'header-owner',
  category: 'structure',
  defaultSeverity: 'off',
  description: 'The header names no document Owner, or the Owner is the Facilitator.',
  explanation:
    'Some teams give every post-mortem one owner who drives it to completion: collects the artifacts, chases the action items and schedules the follow-up. ' +
    'The facilitator runs the meeting and should stay neutral, so the owner is best someone else. Off by default; turn it on if your process has owners.',
  sources: ['SREW', 'ATL'],
  check(model) {
    const owner = model.header.find((h) => /^owner$/i.test(h.label.trim()));
    const frontOwner = model.frontMatter && Object.keys(model.frontMatter.data).some((k) => k.toLowerCase() === 'owner');
    if (!owner && !frontOwner) {
      const body = bodyHeader(model);
      const facilitator = body.find((h) => h.field === 'facilitator');
      const edits = headerLineEdits(model, 'Owner', '[Name]', facilitator ? { after: facilitator } : body.length ? { after: body[body.length - 1] } : {});
      return [{ ...headerAnchor(model), message: 'The header names no document Owner.', fixes: [{ title: 'Insert an Owner field', edits, safe: true, preferred: true }] }];
    }
    const facilitator = model.field('facilitator');
    if (owner && facilitator && owner.value.trim()) {
      const a = splitPeople(owner.value).map((s) => s.toLowerCase());
      const b = splitPeople(facilitator.value).map((s) => s.toLowerCase());
      if (a.length && a.every((n) => b.includes(n))) {
        return [{ ...owner.valueSpan, message: 'The Owner is also the Facilitator; give the document an owner other than the person who runs the review.' }];
      }
    }
    return [];
  },
};
