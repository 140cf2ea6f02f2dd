/**
 * compress() and flush() of _bz2.BZ2Compressor and _lzma.LZMACompressor,
 * which differ only in the library loop they run: compress() feeds data
 * until the library has taken it all, flush() finishes the stream once,
 * after which the compressor refuses work and its library state is freed
 * at once (it is large, and finalizers do not run during a program).
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { binaryData } from "./binascii.ts";

export interface EndableStream {
  end(): void;
}

export class PyStreamCompressor<Stream extends EndableStream> extends PyObject {
  flushed = false;
  constructor(cls: PyType, readonly stream: Stream) {
    super(cls);
  }
}

/** `run(stream, data, finish)`: the library loop; its output. */
export function defineCompressorMethods<Stream extends EndableStream>(
  type: PyType,
  run: (stream: Stream, data: Uint8Array, finish: boolean) => PyBytes,
): void {
  defineNativeMethods(type, {
    compress: ["data, /", (self: PyStreamCompressor<Stream>, data: PyValue) => {
      const bytes = binaryData(data);
      if (self.flushed) throw pyError("ValueError", "Compressor has been flushed");
      return run(self.stream, bytes, false);
    }],
    flush: ["", (self: PyStreamCompressor<Stream>) => {
      if (self.flushed) throw pyError("ValueError", "Repeated call to flush()");
      self.flushed = true;
      const result = run(self.stream, new Uint8Array(0), true);
      self.stream.end();
      return result;
    }],
  });
}
