import type { HclParser } from './read.ts';

/**
 * The HCL parser for Node (the CLI and the tests): @cdktf/hcl2json, loaded on first use because
 * it starts its WebAssembly module when imported.
 */
export const parseHclInNode: HclParser = async (fileName, text) => {
  const { parse } = await import('@cdktf/hcl2json');
  return (await parse(fileName, text)) as Record<string, unknown>;
};
