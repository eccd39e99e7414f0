// The sources a rule cites (catalogue §7), so hovers and rule pages can name and link them.

export interface Source {
  title: string;
  url?: string;
}

export const SOURCES: Record<string, Source> = {
  seed: { title: 'Blameless Post-Mortems: the template and facilitation guide this extension implements' },
  ETSY12: { title: 'John Allspaw, "Blameless PostMortems and a Just Culture", Code as Craft, 2012', url: 'https://codeascraft.com/2012/05/22/blameless-postmortems/' },
  'ALL-IH': { title: 'John Allspaw, "The Infinite Hows (or, the Dangers Of The Five Whys)", 2014', url: 'https://www.kitchensoap.com/2014/11/14/the-infinite-hows-or-the-dangers-of-the-five-whys/' },
  'ETSY-DFG': { title: 'Etsy, Debriefing Facilitation Guide', url: 'https://github.com/etsy/DebriefingFacilitationGuide' },
  DEK: { title: "Sidney Dekker, The Field Guide to Understanding 'Human Error', 3rd ed., 2014", url: 'https://www.oreilly.com/library/view/the-field-guide/9781317031833/' },
  BERG: { title: 'Johan Bergström, "Three analytical traps in accident investigation"', url: 'https://www.adaptivecapacitylabs.com/blog/2021/01/11/understanding-incidents-three-analytical-traps/' },
  'LFI-T': { title: 'Learning From Incidents, on the three analytical traps', url: 'https://www.learningfromincidents.io/posts/how-the-video-three-analytical-traps-in-accident-investigation-helps-me-be-a-better-incident-analyst' },
  'LFI-O': { title: 'Learning From Incidents, "Obstacles to Learning from Incidents"', url: 'https://www.learningfromincidents.io/posts/obstacles-to-learning-from-incidents' },
  SREB15: { title: 'Google SRE book, ch. 15 "Postmortem Culture: Learning from Failure"', url: 'https://sre.google/sre-book/postmortem-culture/' },
  SREW: { title: 'Google SRE Workbook, ch. 10 "Postmortem Culture: Learning from Failure"', url: 'https://sre.google/workbook/postmortem-culture/' },
  'PD-B': { title: 'PagerDuty postmortem guide: blameless culture', url: 'https://postmortems.pagerduty.com/culture/blameless/' },
  'PD-W': { title: 'PagerDuty postmortem guide: writing a postmortem', url: 'https://postmortems.pagerduty.com/' },
  'PD-M': { title: 'PagerDuty postmortem guide: the postmortem meeting', url: 'https://postmortems.pagerduty.com/' },
  'PD-ACC': { title: 'PagerDuty postmortem guide: accountability', url: 'https://postmortems.pagerduty.com/' },
  'PD-EPM': { title: 'PagerDuty postmortem guide: effective post-mortems', url: 'https://postmortems.pagerduty.com/' },
  'PD-IR': { title: 'PagerDuty Incident Response, "After an incident"', url: 'https://response.pagerduty.com/after/' },
  ';login:': { title: 'Lunney, Lueder, Beyer, "Postmortem Action Items: Plan the Work and Work the Plan", ;login: Spring 2017', url: 'https://www.usenix.org/system/files/login/articles/login_spring17_09_lunney.pdf' },
  ATL: { title: 'Atlassian Incident Management Handbook: postmortems', url: 'https://www.atlassian.com/incident-management/handbook/postmortems' },
  '18F': { title: 'cloud.gov post-mortem process', url: 'https://github.com/18F/cg-postmortems' },
  LIM: { title: 'James Lim, "Tuning Blameless Postmortems", 2020', url: 'https://medium.com/@jimjh/tuning-blameless-postmortems-37a949c152b' },
  'retext-equality': { title: 'retext-equality: warn about possible insensitive, inconsiderate language', url: 'https://github.com/retextjs/retext-equality' },
  'retext-profanities': { title: 'retext-profanities: warn about profane and vulgar wording', url: 'https://github.com/retextjs/retext-profanities' },
};

/** "Title" or "[Title](url)" for a source key; unknown keys are shown as they are. */
export function sourceMarkdown(key: string): string {
  const s = SOURCES[key];
  if (!s) return key;
  return s.url ? `[${s.title}](${s.url})` : s.title;
}
