import { foldText } from '../normalize/fold.ts';

/**
 * Text as the search index and the query see it: where the language has a stemmer (English),
 * folded (see `foldText`) with every run of Latin letters reduced to its stem, so that `models`,
 * `modeling` and `model` are one word; elsewhere as written, since the index and `matchWord` fold
 * it themselves. The index and the query go through it alike, so matching stays exact on what it gives.
 */
export function analyzeText(text: string, stem?: (word: string) => string): string {
  return stem ? foldText(text).replace(/[a-z]+/g, stem) : text;
}
