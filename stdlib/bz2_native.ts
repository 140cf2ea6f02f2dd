/**
 * libbz2 (the library CPython's _bz2 links) through Deno's FFI, so the
 * compressed bytes are the ones CPython produces at the same level.
 *
 * A `BzStream` is a bz_stream (compression_stream.ts; on LP64: next_in 0,
 * avail_in 8, total_in 12/16, next_out 24, avail_out 32, total_out 36/40,
 * state 48, bzalloc 56, bzfree 64, opaque 72; 80 bytes). libbz2's state is
 * freed by the stream's end call (as soon as the stream is finished) or,
 * for streams collected without one, by a finalizer.
 */
import { libraryCandidates, SystemLibrary } from "../ffi/system_library.ts";
import { CompressionStream } from "./compression_stream.ts";

export const bz2 = new SystemLibrary(
  "libbz2.so.1",
  libraryCandidates("libbz2.so.1"),
  {
    BZ2_bzCompressInit: { parameters: ["buffer", "i32", "i32", "i32"], result: "i32" },
    BZ2_bzCompress: { parameters: ["buffer", "i32"], result: "i32" },
    BZ2_bzCompressEnd: { parameters: ["buffer"], result: "i32" },
    BZ2_bzDecompressInit: { parameters: ["buffer", "i32", "i32"], result: "i32" },
    BZ2_bzDecompress: { parameters: ["buffer"], result: "i32" },
    BZ2_bzDecompressEnd: { parameters: ["buffer"], result: "i32" },
  } as const,
);

export const BZ = {
  RUN: 0,
  FLUSH: 1,
  FINISH: 2,
  OK: 0,
  RUN_OK: 1,
  FLUSH_OK: 2,
  FINISH_OK: 3,
  STREAM_END: 4,
  SEQUENCE_ERROR: -1,
  PARAM_ERROR: -2,
  MEM_ERROR: -3,
  DATA_ERROR: -4,
  DATA_ERROR_MAGIC: -5,
  IO_ERROR: -6,
  UNEXPECTED_EOF: -7,
  OUTBUFF_FULL: -8,
  CONFIG_ERROR: -9,
} as const;

const finalizer = new FinalizationRegistry<{ struct: Uint8Array; decompressing: boolean }>(
  ({ struct, decompressing }) => {
    if (decompressing) bz2.fn("BZ2_bzDecompressEnd")(struct);
    else bz2.fn("BZ2_bzCompressEnd")(struct);
  },
);

export class BzStream extends CompressionStream {
  private readonly token = {};

  /** BZ2_bzCompressInit or BZ2_bzDecompressInit; libbz2's result code. */
  constructor(readonly decompressing: boolean, level = 9) {
    super(4);
    this.status = decompressing
      ? bz2.fn("BZ2_bzDecompressInit")(this.struct, 0, 0)
      : bz2.fn("BZ2_bzCompressInit")(this.struct, level, 0, 0);
    if (this.status === BZ.OK) {
      finalizer.register(this, { struct: this.struct, decompressing }, this.token);
    }
  }

  readonly status: number;

  /** Free libbz2's state now (it is large: up to 7.6 MB for a level-9 compressor). */
  end(): void {
    if (this.status !== BZ.OK || this.ended) return;
    this.ended = true;
    finalizer.unregister(this.token);
    if (this.decompressing) bz2.fn("BZ2_bzDecompressEnd")(this.struct);
    else bz2.fn("BZ2_bzCompressEnd")(this.struct);
  }

  private ended = false;

  /** One BZ2_bzCompress/BZ2_bzDecompress into `chunk`: the result code and bytes written. */
  step(chunk: Uint8Array, action: number): { code: number; written: number } {
    this.setOutput(chunk);
    const code = this.decompressing
      ? bz2.fn("BZ2_bzDecompress")(this.struct)
      : bz2.fn("BZ2_bzCompress")(this.struct, action);
    return { code, written: this.written(chunk) };
  }
}
