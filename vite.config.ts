/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { HEADER_POLICY, META_POLICY } from './scripts/content-security-policy.ts';

/**
 * Writes the Content-Security-Policy into the built index.html, so the page carries it wherever
 * it is served. Build only: the dev server injects inline scripts (hot reload) the policy forbids.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'vpclab-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  // ip-num is pre-bundled up front: the page reaches it through src/net, but the analysis worker
  // has a module graph of its own that Vite's dependency scan (which starts at index.html) does
  // not follow, and a dependency found late makes the dev server re-optimise and reload.
  optimizeDeps: { include: ['ip-num'] },
  build: { sourcemap: true, chunkSizeWarningLimit: 1500 },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': HEADER_POLICY } },
  test: {
    include: ['src/**/*.test.ts', 'app/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
