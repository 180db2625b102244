interface ImportMetaEnv {
  /** The file URL of the search index worker, `src/search/index-worker.ts`, set by the news-digest integration (`src/config/news-digest.ts`). */
  readonly SEARCH_INDEX_WORKER: string;
  /** In a build, the output's `search-index/` folder, which the search index's parts are linked into; empty otherwise. Set by the news-digest integration. */
  readonly SEARCH_INDEX_OUTPUT: string;
  /** Astro's cache folder, where the seed loader keeps the records' texts (`src/loader/article-texts.ts`), the site what it derives from them (`src/site/derived-texts.ts`) and the search index its parts (`src/search/part-files.ts`). Set by the news-digest integration. */
  readonly NEWS_DIGEST_CACHE: string;
}
