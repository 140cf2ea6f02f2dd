/**
 * liblzma (the library CPython's _lzma links) through Deno's FFI: the
 * functions _lzma calls, liblzma's result codes with CPython's messages,
 * and `LzmaStream`, an lzma_stream (compression_stream.ts; 136 bytes on
 * LP64, all zero being LZMA_STREAM_INIT) whose coder state is freed by
 * `end()` as soon as the stream is finished (an encoder's state is tens of
 * megabytes) or, for streams collected unfinished, by a finalizer.
 */
import { libraryCandidates, SystemLibrary } from "../ffi/system_library.ts";
import { CompressionStream } from "./compression_stream.ts";

export const lzma = new SystemLibrary(
  "liblzma.so.5",
  libraryCandidates("liblzma.so.5"),
  {
    lzma_easy_encoder: { parameters: ["buffer", "u32", "i32"], result: "i32" },
    lzma_stream_encoder: { parameters: ["buffer", "buffer", "i32"], result: "i32" },
    lzma_alone_encoder: { parameters: ["buffer", "buffer"], result: "i32" },
    lzma_raw_encoder: { parameters: ["buffer", "buffer"], result: "i32" },
    lzma_auto_decoder: { parameters: ["buffer", "u64", "u32"], result: "i32" },
    lzma_stream_decoder: { parameters: ["buffer", "u64", "u32"], result: "i32" },
    lzma_alone_decoder: { parameters: ["buffer", "u64"], result: "i32" },
    lzma_raw_decoder: { parameters: ["buffer", "buffer"], result: "i32" },
    lzma_code: { parameters: ["buffer", "i32"], result: "i32" },
    lzma_end: { parameters: ["buffer"], result: "void" },
    lzma_get_check: { parameters: ["buffer"], result: "i32" },
    lzma_check_is_supported: { parameters: ["i32"], result: "u8" },
    lzma_lzma_preset: { parameters: ["buffer", "u32"], result: "u8" },
    lzma_properties_size: { parameters: ["buffer", "buffer"], result: "i32" },
    lzma_properties_encode: { parameters: ["buffer", "buffer"], result: "i32" },
    lzma_properties_decode: { parameters: ["buffer", "pointer", "buffer", "usize"], result: "i32" },
  } as const,
);

export const LZMA = {
  RUN: 0,
  FINISH: 3,
  OK: 0,
  STREAM_END: 1,
  NO_CHECK: 2,
  UNSUPPORTED_CHECK: 3,
  GET_CHECK: 4,
  MEM_ERROR: 5,
  BUF_ERROR: 10,
  TELL_NO_CHECK: 0x01,
  TELL_ANY_CHECK: 0x04,
} as const;

/** catch_lzma_error's messages for the codes that are errors (MEM_ERROR is MemoryError). */
export const LZMA_ERROR_MESSAGES: Readonly<Record<number, string>> = {
  3: "Unsupported integrity check",
  6: "Memory usage limit exceeded",
  7: "Input format not supported by decoder",
  8: "Invalid or unsupported options",
  9: "Corrupt input data",
  10: "Insufficient buffer space",
  11: "Internal error",
};

const finalizer = new FinalizationRegistry<Uint8Array>((struct) => lzma.fn("lzma_end")(struct));

export class LzmaStream extends CompressionStream {
  private live = false;

  constructor() {
    super(8);
  }

  /** Record that a coder was set up (its result `code`), so that it is freed; a failed setup is freed now. */
  started(code: number): number {
    if (code !== LZMA.OK) lzma.fn("lzma_end")(this.struct);
    else if (!this.live) {
      this.live = true;
      finalizer.register(this, this.struct, this);
    }
    return code;
  }

  end(): void {
    if (!this.live) return;
    this.live = false;
    finalizer.unregister(this);
    lzma.fn("lzma_end")(this.struct);
  }

  /** One lzma_code into `chunk`: the result code and bytes written. */
  step(chunk: Uint8Array, action: number): { code: number; written: number } {
    this.setOutput(chunk);
    const code = lzma.fn("lzma_code")(this.struct, action);
    return { code, written: this.written(chunk) };
  }
}
