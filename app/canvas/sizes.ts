/** Moved to src/layout/sizes.ts (the CLI lays documents out too); kept so app imports stay short. */
export * from '../../src/layout/sizes.ts';
