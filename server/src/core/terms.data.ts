// Words that never make two contributing factors "the same condition" (terms.ts): English
// function words, generic verbs and adjectives, and the vocabulary every post-mortem shares
// (incident, impact, team, minutes …). Lower case, as written; plurals are folded before lookup.
// Data, matched as whole words: edit freely, a test checks every entry is lower case and unique.

export const STOP_WORDS: string[] = [
  // articles, pronouns, conjunctions
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'if', 'else', 'so', 'yet', 'than', 'then', 'thus',
  'i', 'me', 'my', 'we', 'us', 'our', 'ours', 'you', 'your', 'he', 'him', 'his', 'she', 'her',
  'it', 'its', "it's", 'they', 'them', 'their', 'theirs', 'this', 'that', 'these', 'those',
  'there', 'here', 'who', 'whom', 'whose', 'what', 'which', 'why', 'how', 'when', 'where',
  'whether', 'though', 'although', 'however', 'therefore', 'because', 'since', 'while', 'whenever',
  // prepositions
  'about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'as', 'at', 'before',
  'behind', 'below', 'beneath', 'beside', 'between', 'beyond', 'by', 'during', 'except', 'for',
  'from', 'in', 'inside', 'into', 'near', 'of', 'off', 'on', 'onto', 'out', 'outside', 'over',
  'past', 'per', 'through', 'throughout', 'to', 'toward', 'towards', 'under', 'until', 'up',
  'upon', 'via', 'with', 'within', 'without', 'like', 'unlike',
  // auxiliaries and generic verbs
  'be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having',
  'do', 'does', 'did', 'done', 'doing', "don't", "doesn't", "didn't", 'can', 'cannot', "can't",
  'could', "couldn't", 'may', 'might', 'must', 'shall', 'should', 'will', "won't", 'would',
  "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't",
  'get', 'got', 'gets', 'getting', 'make', 'made', 'makes', 'making', 'take', 'took', 'taken',
  'go', 'goes', 'went', 'gone', 'come', 'came', 'see', 'saw', 'seen', 'know', 'knew', 'known',
  'need', 'needed', 'needs', 'want', 'wanted', 'put', 'let', 'give', 'gave', 'given', 'keep', 'kept',
  'become', 'became', 'seem', 'seemed', 'happen', 'happened', 'occur', 'occurred', 'lead', 'led',
  'result', 'resulted', 'allow', 'allowed', 'allowing', 'enable', 'enabled', 'enabling', 'prevent',
  'prevented', 'cause', 'caused', 'causing', 'contribute', 'contributed', 'mean', 'meant',
  'include', 'included', 'including', 'start', 'started', 'begin', 'began', 'end', 'ended',
  'say', 'said', 'says', 'tell', 'told', 'ask', 'asked', 'try', 'tried', 'show', 'showed', 'shown',
  'use', 'used', 'using', 'work', 'worked', 'working', 'set', 'run', 'ran', 'running', 'find', 'found',
  'able', 'unable', 'likely', 'unlikely', 'due',
  // quantities, degree, time words
  'not', 'no', 'none', 'all', 'any', 'some', 'each', 'every', 'both', 'either', 'neither', 'few',
  'many', 'much', 'more', 'most', 'less', 'least', 'several', 'other', 'another', 'such', 'same',
  'different', 'own', 'only', 'also', 'just', 'even', 'still', 'already', 'again', 'very', 'too',
  'quite', 'rather', 'really', 'well', 'often', 'never', 'always', 'sometimes', 'usually', 'once',
  'whatever', 'whichever', 'whoever', 'million', 'billion', 'percent',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'hundred', 'thousand',
  'first', 'second', 'third', 'last', 'next', 'previous', 'new', 'old', 'recent', 'recently', 'later',
  'earlier', 'now', 'today', 'yesterday', 'tomorrow', 'time', 'minute', 'hour', 'day', 'week', 'month',
  'year', 'quarter', 'night', 'morning', 'afternoon', 'evening', 'overnight', 'long', 'short', 'full',
  'high', 'low', 'big', 'small', 'large', 'good', 'bad', 'better', 'worse', 'way', 'part', 'kind',
  'lot', 'thing', 'something', 'anything', 'nothing', 'everything', 'someone', 'anyone', 'everyone',
  'etc', 'e.g', 'i.e', 'vs',
  // what every post-mortem talks about
  'incident', 'outage', 'impact', 'issue', 'problem', 'failure', 'fail', 'failed', 'error', 'factor',
  'condition', 'reason', 'root', 'team', 'people', 'person', 'engineer', 'user', 'system', 'service',
  'case', 'event', 'action', 'item', 'post-mortem', 'postmortem', 'review', 'gap', 'weakness',
  'technical', 'process', 'communication', 'environmental', 'external', 'pressure', 'constraint', 'context',
];
