import { AsyncLocalStorage } from 'node:async_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import type { RouteData } from 'astro';
import { installRenderScope, renderForPrerender } from 'astro/app';
import nodeLogDestination from 'astro/logger/node';
import {
  routeKey,
  type RenderJob,
  type RenderReply,
  type RenderWorkerData,
} from './render-threads.ts';

// Runs in a worker thread (see `render-threads.ts`): loads the same prerender bundle as the main
// thread and renders the pages it is sent, while the main thread renders others and writes files.
const { entry, pages, scripts, logLevel } = workerData as RenderWorkerData;
const { app } = await import(entry);
// What Astro's build app reads of the build while rendering: each page's stylesheets and the
// integrations' scripts (the main thread has the rest, and writes the files).
app.setInternals({ pagesByKeys: new Map(pages), entrySpecifierToBundleMap: new Map() });
app.setOptions({
  settings: { scripts },
  logger: { options: { destination: nodeLogDestination({ level: logLevel }) } },
});
installRenderScope(new AsyncLocalStorage());

const routes = new Map<string, RouteData>(
  app.manifest.routes.map(({ routeData }: { routeData: RouteData }) => [
    routeKey(routeData),
    routeData,
  ]),
);

parentPort!.on('message', async ({ id, url, route, collectMetadata }: RenderJob) => {
  try {
    const { response, metadata } = await renderForPrerender(app, new Request(url), {
      routeData: routes.get(route)!,
      collectMetadata,
    });
    const body = response.body === null ? null : await response.arrayBuffer();
    const reply: RenderReply = {
      id,
      status: response.status,
      headers: [...response.headers],
      body,
      metadata,
    };
    parentPort!.postMessage(reply, body ? [body] : []);
  } catch (thrown) {
    // Only plain values cross threads: the error's name, message, stack and Astro's hint.
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    const { name, message, stack } = error;
    const { hint } = error as { hint?: string };
    parentPort!.postMessage({ id, error: { name, message, stack, hint } } satisfies RenderReply);
  }
});
