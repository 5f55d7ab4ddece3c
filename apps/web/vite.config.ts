import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The shared libraries are compiled from their TypeScript sources, so the web needs no library build. */
const libSource = (name: string): string =>
  fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));

/** In development the NestJS API runs on port 3000; in production it serves this build itself. */
const apiProxy = { '/api': { target: 'http://localhost:3000', changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@lcm\/contracts$/, replacement: libSource('contracts') },
      { find: /^@lcm\/domain$/, replacement: libSource('domain') },
    ],
  },
  server: { port: 4200, strictPort: true, proxy: apiProxy },
  preview: { port: 4300, proxy: apiProxy },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
});
