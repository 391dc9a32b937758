// Bundles the CLI's key-page reader for the browser: one script, no imports, run in a blank page.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'chrome120',
    outDir: '.output/cli-reader',
    emptyOutDir: true,
    minify: true,
    lib: { entry: 'cli/page-reader-entry.ts', formats: ['iife'], name: 'polkuReader', fileName: () => 'page-reader.js' },
  },
});
