import { z } from 'zod';

/**
 * Imported first by the page (app/main.tsx) and the analysis worker, for its side effect: the
 * page's Content-Security-Policy forbids eval, so zod cannot compile its object parsers into
 * functions there, and its probe for that (a caught `new Function`) is still reported as a
 * policy violation. `jitless` skips both. Node (the CLI, unit tests) keeps the compiled path.
 */
z.config({ jitless: true });
