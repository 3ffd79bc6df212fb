/** Moved to src/layout/externals.ts (the CLI lays documents out too). */
export * from '../../src/layout/externals.ts';
