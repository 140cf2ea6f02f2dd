/**
 * The system zlib (libz.so.1, the library CPython's zlib module links)
 * through Deno's FFI, so compressed bytes, error codes and messages are the
 * ones CPython produces, and stream objects can be copied (deflateCopy,
 * inflateCopy), which no JS port offers.
 *
 * A `ZStream` owns one z_stream struct in a JS buffer whose address never
 * changes (zlib keeps a back pointer to it). Each call copies its input into
 * a buffer that stays alive for the call, and reads output from buffers it
 * hands to zlib; zlib's own state is freed by deflateEnd/inflateEnd, or when
 * the ZStream is garbage-collected.
 *
 * z_stream layout on LP64 (zlib.h): next_in 0, avail_in 8, total_in 16,
 * next_out 24, avail_out 32, total_out 40, msg 48, state 56, zalloc 64,
 * zfree 72, opaque 80, data_type 88, adler 96, reserved 104; 112 bytes.
 */

import { pyError } from "../vm/objects/exceptions.ts";

const SYMBOLS = {
  zlibVersion: { parameters: [], result: "pointer" },
  deflateInit2_: {
    parameters: ["buffer", "i32", "i32", "i32", "i32", "i32", "pointer", "i32"],
    result: "i32",
  },
  deflate: { parameters: ["buffer", "i32"], result: "i32" },
  deflateEnd: { parameters: ["buffer"], result: "i32" },
  deflateCopy: { parameters: ["buffer", "buffer"], result: "i32" },
  deflateSetDictionary: { parameters: ["buffer", "buffer", "u32"], result: "i32" },
  inflateInit2_: { parameters: ["buffer", "i32", "pointer", "i32"], result: "i32" },
  inflate: { parameters: ["buffer", "i32"], result: "i32" },
  inflateEnd: { parameters: ["buffer"], result: "i32" },
  inflateCopy: { parameters: ["buffer", "buffer"], result: "i32" },
  inflateSetDictionary: { parameters: ["buffer", "buffer", "u32"], result: "i32" },
} as const satisfies Record<string, Deno.ForeignFunction>;

type Zlib = Deno.DynamicLibrary<typeof SYMBOLS>["symbols"];

const LIBRARY_PATHS = [
  "libz.so.1",
  "/lib/x86_64-linux-gnu/libz.so.1",
  "/usr/lib/x86_64-linux-gnu/libz.so.1",
  "/lib/aarch64-linux-gnu/libz.so.1",
  "/usr/lib/libz.so.1",
  "libz.so",
  "/usr/lib/libz.dylib",
  "libz.dylib",
];

export const Z = {
  OK: 0,
  STREAM_END: 1,
  NEED_DICT: 2,
  ERRNO: -1,
  STREAM_ERROR: -2,
  DATA_ERROR: -3,
  MEM_ERROR: -4,
  BUF_ERROR: -5,
  VERSION_ERROR: -6,
  NO_FLUSH: 0,
  FINISH: 4,
  SYNC_FLUSH: 2,
} as const;

const STREAM_SIZE = 112;
/** Struct buffers are larger than the struct: V8 keeps buffers this size off its heap. */
const STRUCT_ALLOCATION = 256;
const MIN_IO_BUFFER = 128;

let library: { symbols: Zlib; version: Deno.PointerValue; versionText: string } | null = null;
let loadError: string | null = null;

/** The bound library, or null (with `zlibLoadError()` saying why) when it cannot be opened. */
export function zlib(): Zlib | null {
  if (library === null && loadError === null) {
    const failures: string[] = [];
    for (const path of LIBRARY_PATHS) {
      try {
        const opened = Deno.dlopen(path, SYMBOLS);
        const version = opened.symbols.zlibVersion();
        library = {
          symbols: opened.symbols,
          version,
          versionText: version === null ? "" : Deno.UnsafePointerView.getCString(version),
        };
        break;
      } catch (error) {
        failures.push(`${path}: ${(error as Error).message}`);
      }
    }
    if (library === null) loadError = failures.join("; ");
  }
  return library?.symbols ?? null;
}

export function zlibLoadError(): string {
  return loadError ?? "";
}

export function zlibVersion(): string {
  zlib();
  return library?.versionText ?? "";
}

/** zlib state left behind by streams collected without deflateEnd/inflateEnd. */
const finalizer = new FinalizationRegistry<{ struct: Uint8Array; inflating: boolean }>(
  ({ struct, inflating }) => {
    const symbols = zlib()!;
    if (inflating) symbols.inflateEnd(struct);
    else symbols.deflateEnd(struct);
  },
);

/** A buffer at least MIN_IO_BUFFER long (off V8's heap) holding `data` at its start. */
function stableCopy(data: Uint8Array): Uint8Array {
  const copy = new Uint8Array(Math.max(data.length, MIN_IO_BUFFER));
  copy.set(data);
  return copy;
}

const pointerValue = (buffer: Uint8Array) =>
  BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buffer)));

export class ZStream {
  readonly struct = new Uint8Array(STRUCT_ALLOCATION);
  private readonly view = new DataView(this.struct.buffer);
  /** Whether zlib holds state for this stream (between init and end). */
  initialised = false;
  private input: Uint8Array = new Uint8Array(MIN_IO_BUFFER);
  private finalizerToken = {};

  constructor(readonly inflating: boolean) {}

  private get symbols(): Zlib {
    return zlib()!;
  }

  initDeflate(level: number, method: number, wbits: number, memLevel: number, strategy: number) {
    const err = this.symbols.deflateInit2_(
      this.struct,
      level,
      method,
      wbits,
      memLevel,
      strategy,
      library!.version,
      STREAM_SIZE,
    );
    if (err === Z.OK) this.started();
    return err;
  }

  initInflate(wbits: number): number {
    const err = this.symbols.inflateInit2_(this.struct, wbits, library!.version, STREAM_SIZE);
    if (err === Z.OK) this.started();
    return err;
  }

  private started(): void {
    this.initialised = true;
    finalizer.register(
      this,
      { struct: this.struct, inflating: this.inflating },
      this.finalizerToken,
    );
  }

  /** deflateEnd/inflateEnd; the stream's zlib state is gone afterwards. */
  end(): number {
    const err = this.inflating
      ? this.symbols.inflateEnd(this.struct)
      : this.symbols.deflateEnd(this.struct);
    this.initialised = false;
    finalizer.unregister(this.finalizerToken);
    return err;
  }

  /** deflateCopy/inflateCopy into a fresh stream. */
  copyInto(target: ZStream): number {
    const err = this.inflating
      ? this.symbols.inflateCopy(target.struct, this.struct)
      : this.symbols.deflateCopy(target.struct, this.struct);
    if (err === Z.OK) target.started();
    return err;
  }

  setDictionary(dictionary: Uint8Array): number {
    const copy = stableCopy(dictionary);
    return this.inflating
      ? this.symbols.inflateSetDictionary(this.struct, copy, dictionary.length)
      : this.symbols.deflateSetDictionary(this.struct, copy, dictionary.length);
  }

  /** Make `data` the pending input (next_in/avail_in, a 32-bit count). */
  setInput(data: Uint8Array): void {
    if (data.length > 0xffffffff) {
      throw pyError("OverflowError", "zlib: inputs of 4 GiB or more are not supported");
    }
    this.input = stableCopy(data);
    this.view.setBigUint64(0, pointerValue(this.input), true);
    this.view.setUint32(8, data.length, true);
  }

  get availableInput(): number {
    return this.view.getUint32(8, true);
  }

  /** The input not consumed yet (a copy). */
  remainingInput(): Uint8Array {
    const available = this.availableInput;
    const consumedTo = Number(this.view.getBigUint64(0, true) - pointerValue(this.input));
    return this.input.slice(consumedTo, consumedTo + available);
  }

  /** The z_stream's msg, or null. */
  message(): string | null {
    const address = this.view.getBigUint64(48, true);
    if (address === 0n) return null;
    return Deno.UnsafePointerView.getCString(Deno.UnsafePointer.create(address)!);
  }

  /**
   * Run deflate/inflate with `flush` into `chunk` (at most its length); the
   * zlib result and how many bytes were written.
   */
  step(flush: number, chunk: Uint8Array): { err: number; written: number } {
    this.view.setBigUint64(24, pointerValue(chunk), true);
    this.view.setUint32(32, chunk.length, true);
    const err = this.inflating
      ? this.symbols.inflate(this.struct, flush)
      : this.symbols.deflate(this.struct, flush);
    const written = chunk.length - this.view.getUint32(32, true);
    return { err, written };
  }
}

/** Growing output collected in chunks, as CPython's _BlocksOutputBuffer (sizes do not change results). */
export class OutputChunks {
  private readonly parts: Uint8Array[] = [];
  size = 0;

  constructor(private nextSize = 32 * 1024, private readonly limit = Infinity) {}

  /** A buffer for zlib to write into (off V8's heap); never more than the limit left. */
  nextChunk(): Uint8Array {
    const room = Math.min(this.nextSize, this.limit - this.size);
    this.nextSize = Math.min(this.nextSize * 2, 4 * 1024 * 1024);
    return new Uint8Array(Math.max(room, MIN_IO_BUFFER)).subarray(0, room);
  }

  add(chunk: Uint8Array, written: number): void {
    if (written > 0) this.parts.push(chunk.slice(0, written));
    this.size += written;
  }

  get full(): boolean {
    return this.size >= this.limit;
  }

  result(): Uint8Array {
    if (this.parts.length === 1) return this.parts[0];
    const out = new Uint8Array(this.size);
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }
}
