import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { sites } from './site/built-site.ts';

// Builds the fixture site once, at the root and under a sub-path, before any test reads it.
export default async function buildSites(): Promise<void> {
  for (const site of Object.values(sites)) {
    rmSync(site.outDir, { recursive: true, force: true });
    try {
      await promisify(execFile)('node_modules/.bin/astro', ['build', '--outDir', site.outDir], {
        env: { ...process.env, ...site.env, ASTRO_TELEMETRY_DISABLED: '1' },
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout: string; stderr: string };
      throw new Error(`astro build of the ${site.name} fixture site failed:\n${stdout}\n${stderr}`);
    }
  }
}
