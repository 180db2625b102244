import { getCollection, type CollectionEntry } from 'astro:content';
import { termKey } from '../normalize/term-key.ts';
import { compareCodePoints } from '../normalize/compare-code-points.ts';
import { buildTaxonomy, type Taxonomy } from '../taxonomy/build-taxonomy.ts';
import { taxonomyKinds, type TaxonomyKind } from '../taxonomy/kinds.ts';

/** A published article as the pages read it. */
export type Article = CollectionEntry<'articles'>;

// Computed once per build: every page reads the same sorted list and taxonomies.
let articles: Promise<Article[]> | undefined;
let taxonomies: Promise<Record<TaxonomyKind, Taxonomy>> | undefined;

/** Every article, newest first: by date, undated ones last, then by id descending. */
export function getArticles(): Promise<Article[]> {
  articles ??= getCollection('articles').then((entries) =>
    entries.sort((a, b) => compareCodePoints(b.data.date ?? '', a.data.date ?? '') || compareCodePoints(b.id, a.id)),
  );
  return articles;
}

/** The keyword, industry and AI-technology taxonomies of all articles. */
export function getTaxonomies(): Promise<Record<TaxonomyKind, Taxonomy>> {
  taxonomies ??= getArticles().then((entries) =>
    Object.fromEntries(
      taxonomyKinds.map(({ kind, field }) => [kind, buildTaxonomy(entries.map(({ id, data }) => ({ id, terms: data[field] })))]),
    ) as Record<TaxonomyKind, Taxonomy>,
  );
  return taxonomies;
}

/** The terms of one article in each taxonomy, in the order the record lists them. */
export async function getArticleTerms(article: Article) {
  const all = await getTaxonomies();
  return taxonomyKinds.map(({ kind, name, field }) => {
    const keys = new Set(article.data[field].map(termKey));
    return { kind, name, terms: [...keys].map((key) => all[kind].byKey.get(key)!) };
  });
}
