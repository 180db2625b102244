/**
 * Folds text for matching: NFKC (full-width to half-width, compatibility forms), lower case, and
 * every run of white space as one space. The index and the query are folded alike.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');
}
