interface ImportMetaEnv {
  /** The file URL of the search index worker, `src/search/index-worker.ts`, set in `astro.config.ts`. */
  readonly SEARCH_INDEX_WORKER: string;
}
