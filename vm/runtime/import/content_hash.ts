/**
 * A fast 128-bit hash of bytes: what keys the compiled-code cache
 * (code_cache.ts) to a module's source.
 *
 * Why not SHA-256: every import hashes its source (or its zip entry's
 * deflated bytes) before it can look for cached code, and at start-up that
 * code runs cold. SHA-256 in JavaScript (sha256.ts) took 2-6 ms for the
 * 30 KB that `-c pass` imports and ~10 ms for `import unittest`; this hash
 * does a few multiplications per 32-bit word, 20-50 times less work.
 *
 * Why a non-cryptographic hash is enough: the cache key also holds the
 * file's path, so two sources can only be confused if the file at one path
 * changes to other bytes of the same length and the same hash. Nobody gains
 * by forging that (whoever can rewrite the file can put any code in it), and
 * by accident it happens about once in 2^64 changes.
 *
 * The scheme: four 32-bit lanes, each taking one word of every 16-byte block
 * (multiply, rotate, multiply, then fold into the lane, which is rotated and
 * mixed with its neighbour), the last partial block zero-padded, and a
 * finalization that mixes the length in and lets every lane reach every
 * other (MurmurHash3's x86 128-bit construction and constants).
 */

const K1 = 0x239b961b;
const K2 = 0xab0e9789 | 0;
const K3 = 0x38b34ae5;
const K4 = 0xa1e38b93 | 0;

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));

function avalanche(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b | 0);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35 | 0);
  return h ^ (h >>> 16);
}

/** The words of `data`, zero-padded to whole 16-byte blocks, little-endian. */
function blockWords(data: Uint8Array): Int32Array {
  const whole = data.length & ~15;
  if (whole === data.length && data.byteOffset % 4 === 0) {
    return new Int32Array(data.buffer, data.byteOffset, data.length >> 2);
  }
  const padded = new Uint8Array((data.length + 15) & ~15);
  padded.set(data);
  return new Int32Array(padded.buffer);
}

const hex = (word: number) => (word >>> 0).toString(16).padStart(8, "0");

/** 32 hex digits. */
export function contentHash(data: Uint8Array): string {
  const words = blockWords(data);
  let h1 = 0, h2 = 0, h3 = 0, h4 = 0;
  for (let i = 0; i < words.length; i += 4) {
    h1 ^= Math.imul(rotl(Math.imul(words[i], K1), 15), K2);
    h1 = (Math.imul(rotl(h1, 19) + h2, 5) + 0x561ccd1b) | 0;
    h2 ^= Math.imul(rotl(Math.imul(words[i + 1], K2), 16), K3);
    h2 = (Math.imul(rotl(h2, 17) + h3, 5) + 0x0bcaa747) | 0;
    h3 ^= Math.imul(rotl(Math.imul(words[i + 2], K3), 17), K4);
    h3 = (Math.imul(rotl(h3, 15) + h4, 5) + 0x96cd1c35) | 0;
    h4 ^= Math.imul(rotl(Math.imul(words[i + 3], K4), 18), K1);
    h4 = (Math.imul(rotl(h4, 13) + h1, 5) + 0x32ac3b17) | 0;
  }
  const length = data.length | 0;
  h1 ^= length;
  h2 ^= length;
  h3 ^= length;
  h4 ^= length;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = avalanche(h1);
  h2 = avalanche(h2);
  h3 = avalanche(h3);
  h4 = avalanche(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  return hex(h1) + hex(h2) + hex(h3) + hex(h4);
}
