import { z } from 'zod';

/**
 * Imported, for its side effect, before 'zod' by every module that builds a schema (and first by
 * the page and the analysis worker): the page's Content-Security-Policy forbids eval, so zod
 * cannot compile its object parsers into functions there, and its probe for that (a caught
 * `new Function`) is still reported as a policy violation. `jitless` skips both. It must run
 * before any object schema is built, wherever the bundler puts the schema modules (a chunk the
 * page imports runs before the page's own first line), hence the import in each of them.
 * Node (the CLI, unit tests) has no such policy and keeps the compiled path.
 */
const inBrowser =
  typeof (globalThis as { document?: unknown }).document !== 'undefined' ||
  typeof (globalThis as { importScripts?: unknown }).importScripts === 'function';
if (inBrowser) z.config({ jitless: true });
