/** Moved to src/layout/grid-layout.ts (the CLI lays documents out too). */
export * from '../../../src/layout/grid-layout.ts';
