import { foldText } from '../normalize/fold.ts';

/**
 * Text as the search index and the query see it: folded (see `foldText`), and where the language
 * has a stemmer (English), every run of Latin letters reduced to its stem, so that `models`,
 * `modeling` and `model` are one word. The index and the query go through it alike, so matching
 * stays exact on what it gives.
 */
export function analyzeText(text: string, stem?: (word: string) => string): string {
  const folded = foldText(text);
  return stem ? folded.replace(/[a-z]+/g, stem) : folded;
}
