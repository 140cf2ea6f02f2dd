/**
 * C-callable function pointers whose body is JS (Deno.UnsafeCallback), for
 * CFUNCTYPE objects made from Python callables. Calls must come from the
 * main thread while C code called from Python is running (qsort, bsearch,
 * a parser's handlers); a callback is closed when its owner is collected.
 */
import type { BoundFunction, Signature } from "./signatures.ts";

export interface NativeCallback {
  readonly address: number;
  close(): void;
}

const closer = new FinalizationRegistry<Deno.UnsafeCallback>((callback) => callback.close());

/** A C function pointer running `body`; closed when `owner` is collected. */
export function createCallback(
  owner: object,
  signature: Signature,
  body: BoundFunction,
): NativeCallback {
  const callback = new Deno.UnsafeCallback(
    {
      parameters: signature.parameters as Deno.NativeType[],
      result: signature.result as Deno.NativeResultType,
    },
    body,
  );
  closer.register(owner, callback, callback);
  return {
    address: Number(Deno.UnsafePointer.value(callback.pointer)),
    close() {
      closer.unregister(callback);
      callback.close();
    },
  };
}
