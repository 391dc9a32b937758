// npm links the bins of dependencies into node_modules/.bin, but not the project's own.
// Linking ours there lets `npx polku` run this checkout's CLI instead of asking the registry.
// (package.json has no "bin" field on purpose: with one, npm 11 tries to install the project
// into its npx cache to run it, and fails.)
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const binDir = path.join(root, 'node_modules', '.bin');
const link = path.join(binDir, 'polku');
mkdirSync(binDir, { recursive: true });
rmSync(link, { force: true });
symlinkSync(path.relative(binDir, path.join(root, 'bin', 'polku.mjs')), link);
chmodSync(path.join(root, 'bin', 'polku.mjs'), 0o755);
