/** Moved to src/layout/boxes.ts (the CLI lays documents out too). */
export * from '../../src/layout/boxes.ts';
