import { resolve } from 'node:path';
import { readSiteConfig } from '../src/config.ts';
import { formatCounts, formatProblems, reportToJson } from '../src/records/format-report.ts';
import { readSeeds } from '../src/records/read-seeds.ts';

// Checks the seeds folder without building: prints the report and exits 1 when any record is bad.
const { seedsDir } = readSiteConfig();
const report = await readSeeds(resolve(seedsDir));
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(reportToJson(report), null, 2));
} else {
  for (const line of formatProblems(report, seedsDir)) console.log(line);
  console.log(formatCounts(report));
}
process.exitCode = report.errors.length > 0 ? 1 : 0;
