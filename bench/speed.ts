// npm run bench:speed — Polku's own speed (issue 7): on generated shop pages of growing size and on
// the fixture sites, the page collectors, the longest main-thread block during the scan, axe, the
// site audit with its key pages served on 127.0.0.1, and one Lighthouse run of the same page, all
// in one Chromium, side by side. Options: --runs N, --sizes 1000,5000,…, --no-lighthouse, --check.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connectBrowser, startChromium } from '../cli/chromium';
import { readAxeRunner, readReader, readScanner, REPO_ROOT } from '../cli/scanner-source';
import { startPathSite } from '../tests/support/path-site';
import { startFixtureServer } from '../tests/support/fixture-server';
import { startShopServer } from './shop-server';
import { measurePage, watchLongTasks, type MeasureOptions, type PageFigures, type Sources } from './speed-measure';
import { judge, printTables, printVerdicts } from './speed-report';

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '7' },
      'audit-runs': { type: 'string', default: '3' },
      sizes: { type: 'string', default: '1000,5000,20000,50000' },
      'no-lighthouse': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  const auditRuns = Number(values['audit-runs']);
  const sizes = values.sizes.split(',').map(Number).sort((a, b) => a - b);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  if (!Number.isInteger(auditRuns) || auditRuns < 1) throw new Error('--audit-runs takes a whole number ≥ 1');
  if (sizes.some((s) => !Number.isInteger(s) || s < 300)) throw new Error('--sizes takes element counts ≥ 300, comma-separated');
  return { runs, auditRuns, sizes, lighthouse: !values['no-lighthouse'], check: values.check };
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parse(argv);
  } catch (error) {
    console.error(`bench:speed: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const sources: Sources = { scanner: readScanner(), axe: readAxeRunner(), reader: readReader() };
  const shop = await startShopServer(args.sizes);
  // The fixture server's default folder is found from its own file, which the bundle moves.
  const fixtures = await startFixtureServer(path.join(REPO_ROOT, 'tests', 'fixtures', 'sites'));
  const pathSite = await startPathSite();
  // Loopback only: the fixture shop's third-party widget fails at once instead of loading.
  const chromium = startChromium({ onlyHosts: [] });
  try {
    const context = await connectBrowser(chromium, { device: 'mobile' });
    await watchLongTasks(context);
    const port = Number(new URL(await chromium.endpoint).port);
    const options: MeasureOptions = { runs: args.runs, auditRuns: args.auditRuns, lighthouse: args.lighthouse, port };
    console.log(machine(context.browser()?.version() ?? 'unknown', args));
    const pages: [string, string][] = [
      ...args.sizes.map((size): [string, string] => [`shop ${size}`, shop.url(size)]),
      ['fixture shop-en', fixtures.url('/shop-en/index.html')],
      ['fixture kotisiivous-fi', fixtures.url('/kotisiivous-fi/index.html')],
      ['path site /en/', pathSite.url('/en/')],
    ];
    const results: PageFigures[] = [];
    for (const [name, url] of pages) {
      const started = performance.now();
      process.stderr.write(`measuring ${name} … `);
      results.push(await measurePage(context, name, url, sources, options));
      process.stderr.write(`${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
    printTables(results);
    const verdicts = judge(results.slice(0, args.sizes.length), results);
    printVerdicts(verdicts);
    return args.check && verdicts.some((v) => v.met === false) ? 1 : 0;
  } finally {
    await chromium.close();
    await Promise.all([shop.close(), fixtures.close(), pathSite.close()]);
  }
}

function machine(chromiumVersion: string, args: ReturnType<typeof parse>): string {
  const cpus = os.cpus();
  return [
    `Polku speed benchmark — ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${chromiumVersion}`,
    `${args.runs} scanner runs and ${args.auditRuns} audits of each kind per page, mobile emulation (360 × 800, 3×) as the CLI's default; Lighthouse ${args.lighthouse ? 'once per page, mobile preset' : 'skipped'}`,
  ].join('\n');
}

process.exitCode = await main(process.argv.slice(2));
