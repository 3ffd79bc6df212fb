import wasmUrl from '@cdktf/hcl2json/main.wasm.gz?url';
import type { HclParser } from '../../src/io/terraform/read.ts';

/**
 * The HCL parser in the page: @cdktf/hcl2json's WebAssembly (HashiCorp's own HCL parser, the one
 * the CLI uses through Node), started on the first .tf import. Its Node entry point reads the
 * module from disk; here the gzipped module is fetched from the site and unpacked by the
 * browser. The Go runtime registers `parse` on a global object, called with a callback.
 */

type ParseFunction = (fileName: string, text: string, done: (error: unknown, json: string) => void) => void;
interface Bridge {
  parse?: ParseFunction;
}
interface GoRuntime {
  importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
}

const BRIDGE_GLOBAL = '__parse_terraform_config_wasm__';
let bridge: Promise<Bridge> | undefined;

async function start(): Promise<Bridge> {
  await import('@cdktf/hcl2json/wasm/wasm_exec.js');
  const Go = (globalThis as unknown as { Go: new () => GoRuntime }).Go;
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`the HCL parser could not be loaded (${response.status})`);
  const packed = await response.arrayBuffer();
  // A server that marks .gz files `Content-Encoding: gzip` has the browser unpack it already.
  const gzipped = new Uint8Array(packed, 0, 2).every((byte, i) => byte === [0x1f, 0x8b][i]);
  const bytes = gzipped
    ? await new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
    : packed;
  const go = new Go();
  const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
  const root: Bridge = {};
  // The Go side looks its object up on Node's `global`, which a page spells `globalThis`.
  const scope = globalThis as Record<string, unknown>;
  scope.global ??= globalThis;
  (scope.global as Record<string, unknown>)[BRIDGE_GLOBAL] = root;
  void go.run(instance);
  // The Go program registers its functions as it starts; wait for them (a few milliseconds).
  for (let tries = 0; !root.parse; tries++) {
    if (tries > 500) throw new Error('the HCL parser did not start');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return root;
}

export const parseHclInPage: HclParser = async (fileName, text) => {
  bridge ??= start().catch((error: unknown) => {
    bridge = undefined; // a failed start (offline) is tried again on the next import
    throw error;
  });
  const { parse } = await bridge;
  const json = await new Promise<string>((resolve, reject) =>
    parse!(fileName, text, (error, result) => (error ? reject(new Error(String(error))) : resolve(result))),
  );
  return JSON.parse(json) as Record<string, unknown>;
};
