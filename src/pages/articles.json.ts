import type { APIRoute } from 'astro';
import { articlePath, termPath } from '../paths.ts';
import { articleTerms, getSiteData } from '../site/articles.ts';

/** Every article with its URL, title, source link, date and terms, newest first, for other tools. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, taxonomies } = await getSiteData();
  const absolute = (path: string) => new URL(path, site).href;
  const body = articles.map((article) => ({
    id: article.id,
    url: absolute(articlePath(article.id)),
    title: article.data.title,
    link: article.data.link ?? null,
    date: article.data.date ?? null,
    terms: Object.fromEntries(
      articleTerms(article, taxonomies).map(({ kind, terms }) => [kind, terms.map((term) => ({ label: term.label, url: absolute(termPath(kind, term.slug)) }))]),
    ),
  }));
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
