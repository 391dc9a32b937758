// Bundles the command-line twin and the benchmark for Node (dependencies stay in node_modules).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: '.output/cli',
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: { polku: 'cli/main.ts', 'bench-accuracy': 'bench/accuracy.ts', 'bench-speed': 'bench/speed.ts' },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
