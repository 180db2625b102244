interface ImportMetaEnv {
  /** The file URL of the search index worker, `src/search/index-worker.ts`, set by the news-digest integration (`src/config/news-digest.ts`). */
  readonly SEARCH_INDEX_WORKER: string;
  /** In a build, the file in Astro's cache folder that lists the search index parts the last build wrote; empty otherwise. Set by the news-digest integration. */
  readonly SEARCH_INDEX_RECORD: string;
  /** In a build, the folders of the search index's files: in the output, and Astro's copies of them in its cache folder; empty otherwise. Set by the news-digest integration. */
  readonly SEARCH_INDEX_FOLDERS: readonly string[];
  /** Astro's cache folder, where the seed loader keeps the records' texts (`src/loader/article-texts.ts`) and the site what it derives from them (`src/site/derived-texts.ts`). Set by the news-digest integration. */
  readonly NEWS_DIGEST_CACHE: string;
}
