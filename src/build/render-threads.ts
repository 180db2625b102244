import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type {
  AstroIntegrationLogger,
  AstroLoggerLevel,
  AstroPrerenderer,
  PathWithRoute,
  PrerenderRenderMetadata,
  RouteData,
} from 'astro';
import type { Plugin } from 'vite';
import { stopDerivingAhead } from '../loader/ahead-flag.ts';

/** What a render worker is started with (see `render-worker.ts`). */
export interface RenderWorkerData {
  /** The URL of the prerender bundle's entry, which the main thread renders from too. */
  entry: string;
  /** Each page's key and the stylesheets Astro links from it. */
  pages: [string, { styles: unknown[] }][];
  /** The scripts integrations add to pages. */
  scripts: unknown[];
  logLevel: AstroLoggerLevel;
}

/** A page for a render worker to render. */
export interface RenderJob {
  id: number;
  url: string;
  /** The route, by `routeKey`. */
  route: string;
  collectMetadata: boolean;
}

/** A render worker's answer: the page, or why it could not be rendered. */
export type RenderReply =
  | {
      id: number;
      status: number;
      headers: [string, string][];
      body: ArrayBuffer | null;
      metadata: PrerenderRenderMetadata | undefined;
    }
  | { id: number; error: RenderError };

/** An error as it crosses from a worker: its name, message, stack and, from Astro, its hint. */
export interface RenderError {
  name: string;
  message: string;
  stack?: string | undefined;
  hint?: string | undefined;
}

/** Names a route by its pattern and its file, the same in every thread's copy of the routes. */
export function routeKey({ route, component }: Pick<RouteData, 'route' | 'component'>): string {
  return `${route}\0${component}`;
}

/** How many threads render pages when the publisher does not say: two on a machine of two cores or more. */
export function defaultRenderThreads(): number {
  return Math.min(2, availableParallelism());
}

// The routes that read the search index, which starts its parts' builds on the main thread (see
// `getSearchData`): the manifest waits for them.
const indexRoutes = new Set(
  ['manifest.bin.ts', 'facets/[filter].bin.ts'].map((route) => `src/pages/search-index/${route}`),
);

// Pages the main thread renders before the workers start.
const workersAfter = 32;

// Pages a worker holds at once, so that it never waits for the main thread between two of them,
// even while the main thread renders a long page or writes files; the pages beyond these (of the
// twelve Astro has in hand, `build.concurrency`) the main thread renders itself.
const workerQueue = 8;

/**
 * Renders pages on `threads` threads (see `renderOnThreads`): a Vite plugin that notes where the
 * prerender bundle's entry is written, and the prerenderer that loads it in worker threads.
 */
export function renderThreads(threads: number): {
  plugin: Plugin;
  prerenderer(main: AstroPrerenderer, logger: AstroIntegrationLogger): AstroPrerenderer;
} {
  let entry: URL | undefined;
  return {
    plugin: {
      name: 'news-digest:prerender-entry',
      writeBundle(options, bundle) {
        if (this.environment.name !== 'prerender') return;
        const file = Object.keys(bundle).find((name) => name.startsWith('prerender-entry'));
        if (file) entry = pathToFileURL(join(options.dir!, file));
      },
    },
    prerenderer(main, logger) {
      if (!entry) throw new Error('Vite wrote no prerender bundle entry for the render workers.');
      return renderOnThreads(main, threads, entry, logger);
    },
  };
}

/**
 * Renders pages on `threads` threads: Astro renders on one, so `threads - 1` worker threads load
 * the same prerender bundle and render pages while the main thread renders others and writes
 * every file. A page goes to the worker with the fewest pages waiting, or is rendered on the main
 * thread when every worker has enough; the search index's own files (manifest and filters) are made
 * on the main thread, which builds the index. Pages come out byte for byte as one thread renders
 * them.
 */
function renderOnThreads(
  main: AstroPrerenderer,
  threads: number,
  entry: URL,
  logger: AstroIntegrationLogger,
): AstroPrerenderer {
  const workers: { worker: Worker; pending: Map<number, (reply: RenderReply) => void> }[] = [];
  let workerData: RenderWorkerData | undefined;
  let nextId = 0;
  let rendered = 0;
  // Set when the build ends, failed or not: the workers are stopped then, and pages still waiting
  // for them belong to a build that has already failed.
  let stopping = false;
  const startWorkers = (data: RenderWorkerData) => {
    for (let count = 1; count < threads; count++) {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url), {
        workerData: data,
      });
      const pending = new Map<number, (reply: RenderReply) => void>();
      worker.on('message', (reply: RenderReply) => {
        pending.get(reply.id)!(reply);
        pending.delete(reply.id);
      });
      // A worker that fails or stops fails the pages it held, and with them the build.
      const fail = ({ name, message, stack }: Error) => {
        for (const [id, settle] of pending) settle({ id, error: { name, message, stack } });
        pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!stopping)
          fail(
            new Error(`A render worker thread stopped with code ${code} while rendering pages.`),
          );
      });
      workers.push({ worker, pending });
    }
  };
  return {
    name: 'news-digest:render-threads',
    async setup() {
      await main.setup?.();
      const { app } = main as AstroPrerenderer & { app: BuildApp };
      const options = app.getOptions();
      workerData = {
        entry: entry.href,
        pages: Object.values(options.allPages).map(({ key, styles }) => [key, { styles }]),
        scripts: options.settings.scripts,
        logLevel: options.logger.options.level,
      };
    },
    // Astro renders in this order: each route's pages are spread evenly over the build, so that
    // every stretch of it has pages of every kind for each thread, and the index's files over its
    // second half, when the index is nearly built.
    // Once the routes are listed, the pages take both cores: the texts still to be derived are
    // derived by the pages that show them.
    async getStaticPaths() {
      const paths = spreadRoutes(await main.getStaticPaths());
      stopDerivingAhead();
      return paths;
    },
    async render(request, options) {
      // The workers start once the main thread has rendered a few pages itself: a build that
      // restores nearly every page from the last one does not load the site's data again.
      if (++rendered === workersAfter) startWorkers(workerData!);
      const idlest = workers.reduce<(typeof workers)[number] | undefined>(
        (best, next) => (best && best.pending.size <= next.pending.size ? best : next),
        undefined,
      );
      if (
        !idlest ||
        idlest.pending.size >= workerQueue ||
        indexRoutes.has(options.routeData.component)
      )
        return main.render(request, options);
      const id = nextId++;
      const job: RenderJob = {
        id,
        url: request.url,
        route: routeKey(options.routeData),
        collectMetadata: options.collectMetadata ?? false,
      };
      const reply = await new Promise<RenderReply>((resolve) => {
        idlest.pending.set(id, resolve);
        idlest.worker.postMessage(job);
      });
      if ('error' in reply) throw Object.assign(new Error(reply.error.message), reply.error);
      const response = new Response(reply.body, { status: reply.status, headers: reply.headers });
      return reply.metadata ? { response, metadata: reply.metadata } : response;
    },
    async teardown() {
      logger.info(
        `${nextId} of ${rendered} routes rendered on ${workers.length} worker thread${workers.length === 1 ? '' : 's'}.`,
      );
      stopping = true;
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
      await main.teardown?.();
    },
  };
}

/**
 * Orders pages so that each route's are spread evenly from start to end, and the index's files
 * (manifest and filters) evenly over the second half: the manifest waits for the index's parts,
 * which the worker that starts with the routes builds, and holds one of the pages Astro renders at
 * once until then. A page whose path an earlier route already gave keeps its place after that one,
 * so that Astro settles the clash as it would.
 */
export function spreadRoutes(paths: readonly PathWithRoute[]): PathWithRoute[] {
  const counts = new Map<string, number>();
  for (const { route } of paths)
    counts.set(route.component, (counts.get(route.component) ?? 0) + 1);
  const seen = new Map<string, number>();
  const given = new Set<string>();
  const place = paths.map(({ pathname, route: { component } }) => {
    const index = seen.get(component) ?? 0;
    seen.set(component, index + 1);
    const path = pathname.replace(/\/$/, '');
    const share = index / counts.get(component)!;
    const place = indexRoutes.has(component) ? 0.5 + share / 2 : share;
    const clash = given.has(path);
    given.add(path);
    return (clash ? 1 : 0) + place;
  });
  return paths
    .map((path, index) => ({ path, place: place[index]! }))
    .sort((a, b) => a.place - b.place)
    .map(({ path }) => path);
}

/** What the default prerenderer's app offers beyond its type: the build's options. */
interface BuildApp {
  getOptions(): {
    settings: { scripts: unknown[] };
    allPages: Record<string, { key: string; styles: unknown[] }>;
    logger: { options: { level: AstroLoggerLevel } };
  };
}
