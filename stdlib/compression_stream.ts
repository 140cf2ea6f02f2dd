/**
 * The stream struct shared by libbz2's bz_stream and liblzma's lzma_stream
 * (both put next_in at 0, avail_in at 8, next_out at 24, avail_out at 32 on
 * LP64; bz2's counts are 32-bit, lzma's size_t): a JS buffer whose address
 * never changes (the libraries keep pointers to the struct and to the
 * input between calls), the input kept alive as long as it is pending, and
 * the output pointed at a caller's chunk for each call.
 */

/** Struct and input buffers are at least this large: V8 keeps such buffers off its heap. */
const STABLE_SIZE = 256;

const addressOf = (buffer: Uint8Array) =>
  BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buffer)));

export class CompressionStream {
  readonly struct = new Uint8Array(STABLE_SIZE);
  protected readonly view = new DataView(this.struct.buffer);
  private input = new Uint8Array(STABLE_SIZE);

  /** `countBytes`: the width of avail_in/avail_out (4 for bz2, 8 for lzma). */
  constructor(private readonly countBytes: 4 | 8) {}

  private setCount(offset: number, value: number): void {
    if (this.countBytes === 4) this.view.setUint32(offset, value, true);
    else this.view.setBigUint64(offset, BigInt(value), true);
  }

  private count(offset: number): number {
    return this.countBytes === 4
      ? this.view.getUint32(offset, true)
      : Number(this.view.getBigUint64(offset, true));
  }

  /** Make (a copy of) `data` the pending input. */
  setInput(data: Uint8Array): void {
    this.input = new Uint8Array(Math.max(data.length, STABLE_SIZE));
    this.input.set(data);
    this.view.setBigUint64(0, addressOf(this.input), true);
    this.setCount(8, data.length);
  }

  get availableInput(): number {
    return this.count(8);
  }

  /** The input the library has not consumed (a copy). */
  remainingInput(): Uint8Array {
    const consumed = Number(this.view.getBigUint64(0, true) - addressOf(this.input));
    return this.input.slice(consumed, consumed + this.availableInput);
  }

  /** Point the output at `chunk` for the next call. */
  setOutput(chunk: Uint8Array): void {
    this.view.setBigUint64(24, addressOf(chunk), true);
    this.setCount(32, chunk.length);
  }

  /** How much of the chunk given to setOutput the last call filled. */
  written(chunk: Uint8Array): number {
    return chunk.length - this.count(32);
  }
}

const EMPTY = new Uint8Array(0);

/**
 * What the decompressors of _bz2 and _lzma keep between calls: input left
 * over when the output limit was reached, data after the end of the
 * stream, and the eof/needs_input flags.
 */
export class DecompressorInput {
  eof = false;
  needsInput = true;
  unusedData: Uint8Array = EMPTY;
  private leftover: Uint8Array = EMPTY;

  /** Give `stream` the input left over from the previous call followed by `data`. */
  feed(stream: CompressionStream, data: Uint8Array): void {
    let input = data;
    if (this.leftover.length > 0) {
      input = new Uint8Array(this.leftover.length + data.length);
      input.set(this.leftover);
      input.set(data, this.leftover.length);
    }
    this.leftover = EMPTY;
    stream.setInput(input);
  }

  /**
   * After a decoding loop: at the end of the stream the rest of the input
   * is unused data; otherwise unconsumed input is kept for the next call.
   * With all input consumed, more is needed unless the last call filled
   * its output (`outputFull`: the coder may still hold output back).
   */
  settle(stream: CompressionStream, outputFull: boolean): void {
    if (this.eof) {
      this.needsInput = false;
      if (stream.availableInput > 0) this.unusedData = stream.remainingInput();
    } else if (stream.availableInput === 0) {
      this.needsInput = !outputFull;
    } else {
      this.needsInput = false;
      this.leftover = stream.remainingInput();
    }
  }
}
