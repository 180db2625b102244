// Terms of every taxonomy are numbered together, so that one table counts pairs across taxonomies.

/** For each term number, the numbers of the terms that share an article with it and how many articles they share. */
export type Cooccurrence = Map<number, Map<number, number>>;

/** Counts, for every pair of terms, the articles that carry both; each article is the list of its term numbers, without repeats. */
export function countCooccurrence(articles: Iterable<readonly number[]>): Cooccurrence {
  const pairs: Cooccurrence = new Map();
  const add = (a: number, b: number) => {
    let partners = pairs.get(a);
    if (!partners) pairs.set(a, (partners = new Map()));
    partners.set(b, (partners.get(b) ?? 0) + 1);
  };
  for (const terms of articles) {
    for (let i = 0; i < terms.length; i++) {
      for (let j = i + 1; j < terms.length; j++) {
        add(terms[i]!, terms[j]!);
        add(terms[j]!, terms[i]!);
      }
    }
  }
  return pairs;
}

/** A term that occurs with another: its number, the articles they share and the lift of the pair. */
export interface Partner {
  term: number;
  count: number;
  lift: number;
}

/**
 * The terms that occur with a term more often than chance, most associated first: by lift, the
 * share of the term's articles that carry the partner over the partner's share of all articles, so
 * that a term on nearly every article (lift near 1) does not lead. A partner needs `minCount` shared
 * articles, so that two rare terms meeting once do not lead either. Ties go to the larger count,
 * then the lower term number.
 */
export function partnersByLift(
  term: number,
  pairs: Cooccurrence,
  articleCount: (term: number) => number,
  total: number,
  minCount: number,
): Partner[] {
  const own = articleCount(term);
  const partners: Partner[] = [];
  for (const [partner, count] of pairs.get(term) ?? []) {
    if (count < minCount) continue;
    const lift = (count * total) / (own * articleCount(partner));
    if (lift > 1) partners.push({ term: partner, count, lift });
  }
  return partners.sort((a, b) => b.lift - a.lift || b.count - a.count || a.term - b.term);
}

/** The articles shared by each row term and each column term, one row of counts per row term. */
export function crossCounts(
  rows: readonly number[],
  columns: readonly number[],
  pairs: Cooccurrence,
): number[][] {
  return rows.map((row) => columns.map((column) => pairs.get(row)?.get(column) ?? 0));
}
