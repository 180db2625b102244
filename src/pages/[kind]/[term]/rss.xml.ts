import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFeed } from '../../../feeds/article-feed.ts';
import { termPath } from '../../../paths.ts';
import { articleKey, getSiteData, type Article } from '../../../site/articles.ts';
import { cacheKey } from '../../../site/page-key.ts';
import type { Term } from '../../../taxonomy/build-taxonomy.ts';
import { messages, settings, namedTaxonomies } from '../../../site/settings.ts';
import type { TaxonomyKind } from '../../../taxonomy/kinds.ts';

export const getStaticPaths = (async () => {
  const { byId, taxonomies } = await getSiteData();
  return namedTaxonomies.flatMap(({ kind, name }) =>
    taxonomies[kind].terms.map((term) => {
      const articles = term.articleIds.slice(0, settings.feedSize).map((id) => byId.get(id)!);
      return {
        params: { kind, term: term.slug },
        props: { name, term, articles },
        ...cacheKey(() => [term.label, articles.map((article) => articleKey(article, taxonomies))]),
      };
    }),
  );
}) satisfies GetStaticPaths;

/** The RSS feed of one keyword, industry or AI technology. */
export const GET: APIRoute = (context) => {
  const { name, term, articles } = context.props as {
    name: string;
    term: Term;
    articles: Article[];
  };
  const kind = context.params.kind as TaxonomyKind;
  return articleFeed(context, {
    title: `${messages.termTitle(name, term.label)} · ${settings.title}`,
    description: messages.termFeedDescription(name, term.label),
    path: termPath(kind, term.slug),
    articles,
  });
};
