#!/usr/bin/env node
// Entry point of `npx polku` / `npm run polku`: runs the bundled CLI (built by `npm run build`).
import { existsSync } from 'node:fs';

const built = new URL('../.output/cli/polku.mjs', import.meta.url);
if (!existsSync(built)) {
  console.error('polku: the command-line tool is not built yet. Run: npm run build');
  process.exit(2);
}
await import(built.href);
