interface ImportMetaEnv {
  /** The file URL of the search index worker, `src/search/index-worker.ts`, set by the news-digest integration (`src/config/news-digest.ts`). */
  readonly SEARCH_INDEX_WORKER: string;
}
