import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { keptOutput } from '../build/kept-output.ts';
import { defaultRenderThreads, renderThreads } from '../build/render-threads.ts';
import { isOutputPartFile } from '../search/part-files.ts';
import { optionsError } from './friendly-errors.ts';
import type { NewsDigestOptions } from './options.ts';
import { resolveSettings, type SiteSettings } from './settings.ts';
import { virtualModules } from './virtual-modules.ts';

const name = 'news-digest';
// The options each integration was given, for `newsDigestSettings` to resolve outside a build.
const given = new WeakMap<object, NewsDigestOptions | undefined>();

/**
 * The news-digest integration: every publisher setting in one place, checked as Astro checks its
 * own options, handed to pages and browser code through the `virtual:news-digest/*` modules.
 */
export function newsDigest(options?: NewsDigestOptions): AstroIntegration {
  let render: ReturnType<typeof renderThreads> | undefined;
  const integration: AstroIntegration = {
    name,
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // Astro writes into each module that reads `import.meta.env` whole (`import.meta.env?.PROD`
        // in its own runtime) every environment variable whose name occurs in its code. `_` occurs
        // in nearly every module, and the shell sets it to the command it runs: a build started
        // otherwise than the last one (`npx astro build` after `npm run build`) would change the
        // code of every page, and the incremental build would render every page again.
        delete process.env._;
        const settings = resolveSettings(options ?? {}, process.env);
        const threads = settings.renderThreads ?? defaultRenderThreads();
        render = threads > 1 ? renderThreads(threads) : undefined;
        const root = fileURLToPath(config.root);
        if (settings.logo && !existsSync(resolve(root, settings.logo.src)))
          throw optionsError([
            `\`logo.src\`: there is no file \`${settings.logo.src}\`, so the header cannot show it. Put the image in \`src/assets/\` or \`public/\` and name it, for example \`logo: { src: './src/assets/logo.svg', alt: '' }\`.`,
          ]);
        updateConfig({
          site: settings.site,
          base: settings.base,
          // Last of all, so that it prunes the output after every other integration has written it.
          integrations: [keptOutput(isOutputPartFile)],
          vite: {
            plugins: [virtualModules(settings, root), ...(render ? [render.plugin] : [])],
            // The search index is built in a worker thread, which Node runs from its source file,
            // into Astro's cache folder, which a build links into its output. The records' texts are
            // kept beside Astro's content store, in the same folder.
            define: {
              'import.meta.env.NEWS_DIGEST_CACHE': JSON.stringify(fileURLToPath(config.cacheDir)),
              'import.meta.env.SEARCH_INDEX_WORKER': JSON.stringify(
                new URL('../search/index-worker.ts', import.meta.url).href,
              ),
              'import.meta.env.SEARCH_INDEX_OUTPUT': JSON.stringify(
                command === 'build' ? fileURLToPath(new URL('search-index/', config.outDir)) : '',
              ),
            },
          },
        });
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        if (render) setPrerenderer((main) => render!.prerenderer(main, logger));
      },
    },
  };
  given.set(integration, options);
  return integration;
}

/** The settings of a project's Astro config as a build would resolve them, for scripts that run outside a build. */
export function newsDigestSettings(
  config: AstroUserConfig,
  env: Record<string, string | undefined> = process.env,
): SiteSettings {
  const integration = config.integrations?.flat().find((entry) => entry && entry.name === name);
  if (!integration)
    throw new Error(
      "astro.config.ts has no `newsDigest()` integration, so the site has no settings. Add it, for example `integrations: [newsDigest({ title: 'AI 行业新闻摘要' })]`.",
    );
  return resolveSettings(given.get(integration) ?? {}, env);
}
