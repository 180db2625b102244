/** An article page to index: its file inside the built site and its date, if it has one. */
export interface IndexedPage {
  file: string;
  date: string | null;
}

/** One part of the search index: the pages of consecutive days within one month. */
export interface IndexPart {
  /** The part's folder name under `pagefind/`: its first day, or `undated`. */
  key: string;
  /** Its first day, or null for the articles without a date. */
  from: string | null;
  pages: IndexedPage[];
}

/** What the search page reads from `pagefind/parts.json`: the parts, newest first. */
export interface IndexPartEntry {
  path: string;
  from: string | null;
  pages: number;
}

/**
 * Splits the article pages into index parts, newest first, the undated ones last. A part never
 * spans two months, so a new or changed article touches one month's parts only; a busy month is
 * cut between days into parts of at most `maxPages` (a single day above that stays whole), which
 * bounds the indexer's memory.
 */
export function splitIndex(pages: readonly IndexedPage[], maxPages: number): IndexPart[] {
  const byDay = Map.groupBy(pages, (page) => page.date ?? '');
  const days = [...byDay.keys()].filter(Boolean).sort();
  const parts: IndexPart[] = [];
  for (const day of days) {
    const dayPages = byDay.get(day)!;
    const part = parts.at(-1);
    if (part && part.from!.slice(0, 7) === day.slice(0, 7) && part.pages.length + dayPages.length <= maxPages) part.pages.push(...dayPages);
    else parts.push({ key: day, from: day, pages: [...dayPages] });
  }
  parts.reverse();
  const undated = byDay.get('');
  if (undated) parts.push({ key: 'undated', from: null, pages: undated });
  return parts;
}
