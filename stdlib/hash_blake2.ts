/**
 * BLAKE2b and BLAKE2s (RFC 7693) with the whole parameter block CPython's
 * _blake2 exposes: digest size, key, salt, personalization and the tree
 * parameters (fanout, depth, leaf size, node offset, node depth, inner size,
 * last node). node:crypto only offers the unkeyed full-length variants.
 *
 * BLAKE2b works on 64-bit words; JS has no fast 64-bit integers, so each
 * word is a pair of uint32 halves (low at even indexes) in Uint32Arrays, with
 * carries and rotations written out. BLAKE2s is plain 32-bit arithmetic.
 *
 * The last block must be compressed with the final flag, so a full buffer is
 * only compressed once more input arrives.
 */
import type { HashEngine } from "./hash_object.ts";

export interface Blake2Parameters {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

/** The sizes of one variant, as the module's constants show them. */
export interface Blake2Variant {
  readonly name: "blake2b" | "blake2s";
  readonly blockSize: number;
  readonly maxDigestSize: number;
  readonly maxKeySize: number;
  readonly saltSize: number;
  readonly personSize: number;
}

export const BLAKE2B: Blake2Variant = {
  name: "blake2b",
  blockSize: 128,
  maxDigestSize: 64,
  maxKeySize: 64,
  saltSize: 16,
  personSize: 16,
};
export const BLAKE2S: Blake2Variant = {
  name: "blake2s",
  blockSize: 64,
  maxDigestSize: 32,
  maxKeySize: 32,
  saltSize: 8,
  personSize: 8,
};

// deno-fmt-ignore
const SIGMA = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
  11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
  7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
  9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
  2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
  12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
  13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
  6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
  10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
];

/** The SHA-512 / SHA-256 initial values: BLAKE2b's as (low, high) pairs, BLAKE2s's as words. */
// deno-fmt-ignore
const IV_B = new Uint32Array([
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
]);
// deno-fmt-ignore
const IV_S = new Uint32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/** The parameter block (64 bytes for BLAKE2b, 32 for BLAKE2s), little-endian fields. */
function parameterBlock(variant: Blake2Variant, p: Blake2Parameters): Uint8Array {
  const wide = variant === BLAKE2B;
  const block = new Uint8Array(wide ? 64 : 32);
  const view = new DataView(block.buffer);
  block[0] = p.digestSize;
  block[1] = p.key.length;
  block[2] = p.fanout;
  block[3] = p.depth;
  view.setUint32(4, p.leafSize, true);
  if (wide) view.setBigUint64(8, p.nodeOffset, true);
  else {
    view.setUint32(8, Number(p.nodeOffset & 0xffffffffn), true);
    view.setUint16(12, Number(p.nodeOffset >> 32n), true);
  }
  block[wide ? 16 : 14] = p.nodeDepth;
  block[wide ? 17 : 15] = p.innerSize;
  block.set(p.salt, wide ? 32 : 16);
  block.set(p.person, wide ? 48 : 24);
  return block;
}

/** State shared by both variants: chain value, pending block, byte count. */
abstract class Blake2Engine implements HashEngine {
  protected h!: Uint32Array;
  protected buffer!: Uint8Array;
  protected filled = 0;
  /** Bytes compressed so far (a double: exact far beyond any real input). */
  protected counter = 0;
  protected lastNode = false;

  protected abstract compress(block: Uint8Array, offset: number, final: boolean): void;
  protected abstract clone(): Blake2Engine;

  protected start(variant: Blake2Variant, p: Blake2Parameters, iv: Uint32Array): void {
    const words = new Uint32Array(parameterBlock(variant, p).buffer);
    this.h = iv.slice();
    for (let i = 0; i < words.length; i++) this.h[i] ^= words[i];
    this.buffer = new Uint8Array(variant.blockSize);
    this.lastNode = p.lastNode;
    if (p.key.length > 0) {
      this.buffer.set(p.key);
      this.filled = variant.blockSize;
    }
  }

  update(data: Uint8Array): void {
    const size = this.buffer.length;
    let offset = 0;
    while (offset < data.length) {
      if (this.filled === size) {
        this.counter += size;
        this.compress(this.buffer, 0, false);
        this.filled = 0;
      }
      // Whole blocks straight from the input while more input follows them.
      if (this.filled === 0) {
        while (data.length - offset > size) {
          this.counter += size;
          this.compress(data, offset, false);
          offset += size;
        }
      }
      const take = Math.min(size - this.filled, data.length - offset);
      this.buffer.set(data.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
    }
  }

  digest(length: number): Uint8Array {
    const final = this.clone();
    final.buffer.fill(0, final.filled);
    final.counter += final.filled;
    final.compress(final.buffer, 0, true);
    const bytes = new Uint8Array(final.h.buffer, final.h.byteOffset, final.h.byteLength);
    return bytes.slice(0, length);
  }

  copy(): HashEngine {
    return this.clone();
  }

  protected copyInto(other: Blake2Engine): Blake2Engine {
    other.h = this.h.slice();
    other.buffer = this.buffer.slice();
    other.filled = this.filled;
    other.counter = this.counter;
    other.lastNode = this.lastNode;
    return other;
  }
}

export class Blake2bEngine extends Blake2Engine {
  private readonly v = new Uint32Array(32);
  private readonly m = new Uint32Array(32);

  constructor(p: Blake2Parameters | null) {
    super();
    if (p !== null) this.start(BLAKE2B, p, IV_B);
  }

  protected clone(): Blake2Engine {
    return this.copyInto(new Blake2bEngine(null));
  }

  /** v[a] += v[b] + m (64-bit, on halves at 2a and 2a+1). */
  private add(a: number, b: number, mLow: number, mHigh: number): void {
    const v = this.v;
    const low = v[a] + v[b] + mLow;
    v[a + 1] = v[a + 1] + v[b + 1] + mHigh + Math.floor(low / 0x100000000);
    v[a] = low;
  }

  /** v[d] = rotr64(v[d] ^ v[a], n). */
  private xorRotate(d: number, a: number, n: number): void {
    const v = this.v;
    let low = v[d] ^ v[a];
    let high = v[d + 1] ^ v[a + 1];
    if (n >= 32) {
      [low, high] = [high, low];
      n -= 32;
    }
    if (n > 0) {
      const newLow = (low >>> n) | (high << (32 - n));
      high = (high >>> n) | (low << (32 - n));
      low = newLow;
    }
    v[d] = low;
    v[d + 1] = high;
  }

  private mix(a: number, b: number, c: number, d: number, x: number, y: number): void {
    const m = this.m;
    this.add(a, b, m[x], m[x + 1]);
    this.xorRotate(d, a, 32);
    this.add(c, d, 0, 0);
    this.xorRotate(b, c, 24);
    this.add(a, b, m[y], m[y + 1]);
    this.xorRotate(d, a, 16);
    this.add(c, d, 0, 0);
    this.xorRotate(b, c, 63);
  }

  protected compress(block: Uint8Array, offset: number, final: boolean): void {
    const { v, m, h } = this;
    const view = new DataView(block.buffer, block.byteOffset + offset, 128);
    for (let i = 0; i < 32; i++) m[i] = view.getUint32(i * 4, true);
    v.set(h);
    v.set(IV_B, 16);
    v[24] ^= this.counter >>> 0;
    v[25] ^= Math.floor(this.counter / 0x100000000);
    if (final) {
      v[28] = ~v[28];
      v[29] = ~v[29];
      if (this.lastNode) {
        v[30] = ~v[30];
        v[31] = ~v[31];
      }
    }
    for (let round = 0; round < 12; round++) {
      const s = (round % 10) * 16;
      this.mix(0, 8, 16, 24, SIGMA[s] * 2, SIGMA[s + 1] * 2);
      this.mix(2, 10, 18, 26, SIGMA[s + 2] * 2, SIGMA[s + 3] * 2);
      this.mix(4, 12, 20, 28, SIGMA[s + 4] * 2, SIGMA[s + 5] * 2);
      this.mix(6, 14, 22, 30, SIGMA[s + 6] * 2, SIGMA[s + 7] * 2);
      this.mix(0, 10, 20, 30, SIGMA[s + 8] * 2, SIGMA[s + 9] * 2);
      this.mix(2, 12, 22, 24, SIGMA[s + 10] * 2, SIGMA[s + 11] * 2);
      this.mix(4, 14, 16, 26, SIGMA[s + 12] * 2, SIGMA[s + 13] * 2);
      this.mix(6, 8, 18, 28, SIGMA[s + 14] * 2, SIGMA[s + 15] * 2);
    }
    for (let i = 0; i < 16; i++) h[i] ^= v[i] ^ v[i + 16];
  }
}

export class Blake2sEngine extends Blake2Engine {
  private readonly v = new Uint32Array(16);
  private readonly m = new Uint32Array(16);

  constructor(p: Blake2Parameters | null) {
    super();
    if (p !== null) this.start(BLAKE2S, p, IV_S);
  }

  protected clone(): Blake2Engine {
    return this.copyInto(new Blake2sEngine(null));
  }

  private mix(a: number, b: number, c: number, d: number, x: number, y: number): void {
    const v = this.v;
    let t: number;
    v[a] = v[a] + v[b] + x;
    t = v[d] ^ v[a];
    v[d] = (t >>> 16) | (t << 16);
    v[c] = v[c] + v[d];
    t = v[b] ^ v[c];
    v[b] = (t >>> 12) | (t << 20);
    v[a] = v[a] + v[b] + y;
    t = v[d] ^ v[a];
    v[d] = (t >>> 8) | (t << 24);
    v[c] = v[c] + v[d];
    t = v[b] ^ v[c];
    v[b] = (t >>> 7) | (t << 25);
  }

  protected compress(block: Uint8Array, offset: number, final: boolean): void {
    const { v, m, h } = this;
    const view = new DataView(block.buffer, block.byteOffset + offset, 64);
    for (let i = 0; i < 16; i++) m[i] = view.getUint32(i * 4, true);
    v.set(h);
    v.set(IV_S, 8);
    v[12] ^= this.counter >>> 0;
    v[13] ^= Math.floor(this.counter / 0x100000000);
    if (final) {
      v[14] = ~v[14];
      if (this.lastNode) v[15] = ~v[15];
    }
    for (let round = 0; round < 10; round++) {
      const s = round * 16;
      this.mix(0, 4, 8, 12, m[SIGMA[s]], m[SIGMA[s + 1]]);
      this.mix(1, 5, 9, 13, m[SIGMA[s + 2]], m[SIGMA[s + 3]]);
      this.mix(2, 6, 10, 14, m[SIGMA[s + 4]], m[SIGMA[s + 5]]);
      this.mix(3, 7, 11, 15, m[SIGMA[s + 6]], m[SIGMA[s + 7]]);
      this.mix(0, 5, 10, 15, m[SIGMA[s + 8]], m[SIGMA[s + 9]]);
      this.mix(1, 6, 11, 12, m[SIGMA[s + 10]], m[SIGMA[s + 11]]);
      this.mix(2, 7, 8, 13, m[SIGMA[s + 12]], m[SIGMA[s + 13]]);
      this.mix(3, 4, 9, 14, m[SIGMA[s + 14]], m[SIGMA[s + 15]]);
    }
    for (let i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
  }
}
