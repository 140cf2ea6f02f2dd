/**
 * libbz2 (the library CPython's _bz2 links) through Deno's FFI, so the
 * compressed bytes are the ones CPython produces at the same level.
 *
 * A `BzStream` owns one bz_stream struct in a JS buffer whose address never
 * changes (libbz2 keeps a back pointer to it); its input stays in a buffer
 * the stream holds until the next input replaces it, since libbz2 keeps
 * next_in between calls. libbz2's state is freed by the stream's end call
 * or, for streams collected without one, by a finalizer.
 *
 * bz_stream on LP64 (bzlib.h): next_in 0, avail_in 8, total_in_lo32 12,
 * total_in_hi32 16, next_out 24, avail_out 32, total_out_lo32 36,
 * total_out_hi32 40, state 48, bzalloc 56, bzfree 64, opaque 72; 80 bytes.
 */
import { libraryCandidates, SystemLibrary } from "../ffi/system_library.ts";

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

/** Struct and input buffers are at least this large: V8 keeps such buffers off its heap. */
const STABLE_SIZE = 256;

const finalizer = new FinalizationRegistry<{ struct: Uint8Array; decompressing: boolean }>(
  ({ struct, decompressing }) => {
    if (decompressing) bz2.fn("BZ2_bzDecompressEnd")(struct);
    else bz2.fn("BZ2_bzCompressEnd")(struct);
  },
);

const addressOf = (buffer: Uint8Array) =>
  BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buffer)));

export class BzStream {
  readonly struct = new Uint8Array(STABLE_SIZE);
  private readonly view = new DataView(this.struct.buffer);
  private input = new Uint8Array(STABLE_SIZE);
  private readonly token = {};

  /** BZ2_bzCompressInit or BZ2_bzDecompressInit; libbz2's result code. */
  constructor(readonly decompressing: boolean, level = 9) {
    this.status = decompressing
      ? bz2.fn("BZ2_bzDecompressInit")(this.struct, 0, 0)
      : bz2.fn("BZ2_bzCompressInit")(this.struct, level, 0, 0);
    if (this.status === BZ.OK) {
      finalizer.register(this, { struct: this.struct, decompressing }, this.token);
    }
  }

  readonly status: number;

  /** Make (a copy of) `data` the pending input. */
  setInput(data: Uint8Array): void {
    this.input = new Uint8Array(Math.max(data.length, STABLE_SIZE));
    this.input.set(data);
    this.view.setBigUint64(0, addressOf(this.input), true);
    this.view.setUint32(8, data.length, true);
  }

  get availableInput(): number {
    return this.view.getUint32(8, true);
  }

  /** The input libbz2 has not consumed (a copy). */
  remainingInput(): Uint8Array {
    const consumed = Number(this.view.getBigUint64(0, true) - addressOf(this.input));
    return this.input.slice(consumed, consumed + this.availableInput);
  }

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
    this.view.setBigUint64(24, addressOf(chunk), true);
    this.view.setUint32(32, chunk.length, true);
    const code = this.decompressing
      ? bz2.fn("BZ2_bzDecompress")(this.struct)
      : bz2.fn("BZ2_bzCompress")(this.struct, action);
    return { code, written: chunk.length - this.view.getUint32(32, true) };
  }
}
