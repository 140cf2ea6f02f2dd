/**
 * Node's built-in modules (node:zlib, node:module, node:crypto, ...), loaded
 * on first use. Deno's Node compatibility layer is JavaScript that runs when
 * a node: module is first imported: importing node:zlib, node:fs,
 * node:module, node:buffer and node:process statically cost every start-up
 * about 20 ms before any Python ran. Through `process.getBuiltinModule` a
 * module is loaded synchronously, the first time code that needs it runs.
 */
type NodeProcess = { getBuiltinModule(id: string): unknown };

const loaded = new Map<string, unknown>();

export function nodeBuiltin<T>(id: `node:${string}`): T {
  let module = loaded.get(id);
  if (module === undefined) {
    const process = (globalThis as unknown as { process: NodeProcess }).process;
    module = process.getBuiltinModule(id);
    loaded.set(id, module);
  }
  return module as T;
}

/** `createRequire(url)` of node:module: Node's resolution of packages from that module. */
export function requireFrom(url: string): NodeJS.Require {
  return nodeBuiltin<typeof import("node:module")>("node:module").createRequire(url);
}
