/** Moved to src/layout/subnet-tiers.ts (the CLI lays documents out too). */
export * from '../../../src/layout/subnet-tiers.ts';
