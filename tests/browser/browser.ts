import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import type { Site } from '../site/built-site.ts';

/** Launches Debian's headless Chromium; a missing browser fails the test run. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Serves a built fixture site with `astro preview` on a free local port. */
export async function startPreview(site: Site): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn('node_modules/.bin/astro', ['preview', '--outDir', site.outDir, '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, ...site.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(`:${port}`)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`astro preview exited with ${code}:\n${output}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
