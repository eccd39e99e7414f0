// Prose in another language: the English word lists (retext-equality's, the blame rules') read
// its words as English ones — French "son" is "its", German "man" is "one" — so the prose rules
// leave it alone. A paragraph counts as another language when its unambiguous function words of
// one other language outnumber its English ones; words two languages share ("de", "en", "a") are
// left out of every list.
import { words } from './phrases';
import { memoByIdentity } from './memo';
import type { PostMortem, ProseUnit } from './model';

const ENGLISH = new Set([
  'the', 'and', 'of', 'to', 'is', 'was', 'it', 'for', 'on', 'that', 'with', 'we', 'be', 'this', 'are',
  'not', 'at', 'by', 'from', 'as', 'have', 'has', 'were', 'an', 'or', 'but', 'our', 'they', 'you', 'which',
  'when', 'after', 'there', 'been', 'would', 'could', 'should', 'into', 'all', 'their', 'what', 'about',
]);

const OTHER: Record<string, Set<string>> = {
  german: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'ein', 'eine', 'zu', 'auf', 'für', 'von', 'wir', 'sich', 'dem', 'den', 'des', 'im', 'wurde', 'wurden', 'sind', 'auch', 'werden', 'oder', 'bei', 'nach', 'durch', 'wie', 'noch', 'einer', 'eines', 'kann', 'keine', 'dass', 'aus']),
  french: new Set(['le', 'la', 'les', 'et', 'est', 'une', 'des', 'du', 'pour', 'dans', 'pas', 'sur', 'qui', 'son', 'sa', 'ses', 'nous', 'avec', 'au', 'aux', 'été', 'ont', 'mais', 'leur', 'cette', 'ce', 'sont', "l'", "d'", 'par', 'plus']),
  dutch: new Set(['het', 'een', 'van', 'niet', 'voor', 'met', 'zijn', 'wij', 'dat', 'ook', 'naar', 'wordt', 'werd', 'bij', 'deze', 'maar', 'nog', 'hebben', 'heeft', 'geen', 'onze', 'uit', 'kunnen']),
  spanish: new Set(['el', 'los', 'las', 'y', 'es', 'una', 'que', 'por', 'para', 'con', 'se', 'del', 'como', 'pero', 'su', 'sus', 'fue', 'muy', 'está', 'hemos', 'nuestro', 'nuestros']),
  portuguese: new Set(['os', 'um', 'uma', 'não', 'do', 'da', 'dos', 'das', 'foi', 'com', 'para', 'mas', 'nosso', 'nossa', 'são', 'está', 'pelo', 'pela']),
};

/** True when the prose reads as another language than English (at least six words). */
export function isForeignProse(text: string): boolean {
  const tokens = words(text);
  if (tokens.length < 6) return false;
  let english = 0;
  for (const t of tokens) if (ENGLISH.has(t.word)) english++;
  for (const set of Object.values(OTHER)) {
    let other = 0;
    for (const t of tokens) if (set.has(t.word)) other++;
    if (other >= 3 && other > english) return true;
  }
  return false;
}

/** isForeignProse of a prose unit, read once per parse identity. */
const isForeignUnit = memoByIdentity((unit: ProseUnit, _: void): boolean => isForeignProse(unit.text));

/** The prose the prose rules read (the language rules, and the blame rules through blameUnits): every unit but headings and prose in another language. */
export function englishProse(model: PostMortem): ProseUnit[] {
  return model.prose.filter((u) => u.kind !== 'heading' && !isForeignUnit(u));
}
