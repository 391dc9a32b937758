// Bundles the fuzzer for Node like the CLI (dependencies stay in node_modules); source maps let a
// failure's stack name the collector's own file and line.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: '.output/fuzz',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: { fuzz: 'scripts/fuzz/main.ts' },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
