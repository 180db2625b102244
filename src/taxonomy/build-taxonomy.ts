import { termKey } from '../normalize/term-key.ts';
import { compareCodePoints } from '../normalize/compare-code-points.ts';
import { assignSlugs } from './slug.ts';

/** A term of one taxonomy: the key decides identity, the slug is for URLs, the label for display. */
export interface Term {
  key: string;
  slug: string;
  label: string;
  count: number;
  /** Ids of the articles carrying the term, in the order the articles were given. */
  articleIds: string[];
}

/** The terms of one taxonomy, by key, by slug and ordered by count then label. */
export interface Taxonomy {
  terms: Term[];
  byKey: Map<string, Term>;
  bySlug: Map<string, Term>;
}

/** Builds a taxonomy from each article's list of terms, merging spellings of the same term. */
export function buildTaxonomy(
  articles: Iterable<{ id: string; terms: readonly string[] }>,
): Taxonomy {
  const groups = new Map<string, { spellings: Map<string, number>; articleIds: string[] }>();
  for (const { id, terms } of articles) {
    const seen = new Set<string>();
    for (const label of terms) {
      const key = termKey(label);
      if (seen.has(key)) continue;
      seen.add(key);
      const group = groups.get(key) ?? {
        spellings: new Map<string, number>(),
        articleIds: [] as string[],
      };
      group.spellings.set(label, (group.spellings.get(label) ?? 0) + 1);
      group.articleIds.push(id);
      groups.set(key, group);
    }
  }
  const slugs = assignSlugs(groups.keys());
  const terms = [...groups].map(([key, group]): Term => ({
    key,
    slug: slugs.get(key)!,
    label: mostCommon(group.spellings),
    count: group.articleIds.length,
    articleIds: group.articleIds,
  }));
  terms.sort((a, b) => b.count - a.count || compareCodePoints(a.label, b.label));
  return {
    terms,
    byKey: new Map(terms.map((term) => [term.key, term])),
    bySlug: new Map(terms.map((term) => [term.slug, term])),
  };
}

// A term has at least one spelling.
function mostCommon(spellings: Map<string, number>): string {
  return [...spellings].sort(([a, m], [b, n]) => n - m || compareCodePoints(a, b))[0]![0];
}
