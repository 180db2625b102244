import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';

/** Launches Debian's headless Chromium; a missing browser fails the test run. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Serves a built site under its base path on a free local port, as a static host would. */
export async function serveSite(site: {
  outDir: string;
  base: string;
}): Promise<{ origin: string; stop: () => void }> {
  const files = sirv(site.outDir, { dev: true });
  const server = createServer((request, response) => {
    if (!request.url?.startsWith(site.base)) {
      response.writeHead(404).end();
      return;
    }
    request.url = request.url.slice(site.base.length - 1);
    files(request, response, () => void response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
