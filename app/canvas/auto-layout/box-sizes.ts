/** Moved to src/layout/box-sizes.ts (the CLI lays documents out too). */
export * from '../../../src/layout/box-sizes.ts';
