/** Moved to src/layout/label-width.ts (the CLI lays documents out too). */
export * from '../../../src/layout/label-width.ts';
