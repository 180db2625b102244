import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Indexes the built article pages with Pagefind at the end of `astro build`; any Pagefind error fails the build. */
export function pagefindSearch(): AstroIntegration {
  return {
    name: 'news-digest-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        logger.info('Indexing the article pages for search…');
        try {
          // The site is Chinese throughout; forcing the language keeps one index even if a page lacks `lang`.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          failOn(added.errors, 'index the built pages');
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          failOn(written.errors, 'write the search index');
          logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

function failOn(errors: string[], action: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${action}:\n${errors.join('\n')}`);
}
