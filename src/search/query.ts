/** One word of a search query; a quoted word must match exactly and never falls back to a loose match. */
export interface QueryWord {
  text: string;
  quoted: boolean;
}

/** Splits a query into words at spaces, keeping ASCII or Chinese-quoted phrases (`"深度求索"`, `“深度求索”`) whole. */
export function parseQuery(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const match of query
    .normalize('NFKC')
    .matchAll(/["“”「」]([^"“”「」]*)["“”「」]|([^\s"“”「」]+)/gu)) {
    const text = (match[1] ?? match[2] ?? '').trim();
    if (text !== '') words.push({ text, quoted: match[1] !== undefined });
  }
  return words;
}
