import { articlePath, termPath } from '../paths.ts';
import type { TaxonomyKind } from '../taxonomy/kinds.ts';
import { articleTerms, type SiteData } from './articles.ts';

/** One article in `/articles.json`, for other tools: its id, URL, title, source link, date and terms, with absolute URLs. */
export interface ArticleEntry {
  id: string;
  url: string;
  title: string;
  link: string | null;
  date: string | null;
  terms: Record<TaxonomyKind, { label: string; url: string }[]>;
}

/** Every article as `/articles.json` lists it, newest first. */
export function articleEntries(
  { articles, taxonomies }: SiteData,
  site: URL | undefined,
): ArticleEntry[] {
  // Every article links to its terms, of which there are far fewer: each term's URL is made once.
  const urls = new Map<string, string>();
  const absolute = (path: string) => {
    let url = urls.get(path);
    if (url === undefined) urls.set(path, (url = new URL(path, site).href));
    return url;
  };
  return articles.map((article) => ({
    id: article.id,
    url: absolute(articlePath(article.id)),
    title: article.data.title,
    link: article.data.link ?? null,
    date: article.data.date ?? null,
    terms: Object.fromEntries(
      articleTerms(article, taxonomies).map(({ kind, terms }) => [
        kind,
        terms.map((term) => ({ label: term.label, url: absolute(termPath(kind, term.slug)) })),
      ]),
    ) as ArticleEntry['terms'],
  }));
}
