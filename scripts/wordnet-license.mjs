// WordNet's licence as the database states it: the header of data.noun (before the first synset),
// with its line numbers stripped. The generators that copy words out of WordNet put it on every
// file they write, as the licence asks, and ThirdPartyNotices.txt carries the same text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The licence text from the data.noun of a WordNet 3.0 directory (or its contents, already read). */
export function wordnetLicense(wordnetDir, dataNoun = readFileSync(join(wordnetDir, 'data.noun'))) {
  return dataNoun
    .toString('latin1', 0, dataNoun.indexOf('00001740'))
    .split('\n')
    .map((l) => l.replace(/^\s+\d+ ?/, '').trimEnd())
    .join('\n')
    .trim();
}
