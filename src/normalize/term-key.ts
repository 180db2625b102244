/** The identity of a term: NFKC (full-width to half-width), Latin letters folded to lower case, spaces collapsed. */
export function termKey(label: string): string {
  return label.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
