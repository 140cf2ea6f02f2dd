/**
 * Conversions between non-negative BigInts and byte or 32-bit word arrays,
 * in time linear in the size (int.to_bytes/from_bytes, random.getrandbits,
 * random.seed).
 *
 * The obvious loops (`big = (big << 8n) | byte`, or peeling `big & 0xffn`
 * off with `big >>= 8n`) copy the whole BigInt at every step, so they are
 * quadratic: 160 KB took seconds. V8 converts a BigInt to and from a
 * power-of-two radix string in one linear pass, so these go through
 * hexadecimal text instead.
 */

/** "00".."ff", indexed by byte. */
const HEX_PAIRS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** The unsigned value of `bytes`, read most significant first unless `little`. */
export function bigIntFromBytes(bytes: Uint8Array, little: boolean): bigint {
  if (bytes.length === 0) return 0n;
  const parts = new Array<string>(bytes.length);
  const last = bytes.length - 1;
  for (let i = 0; i <= last; i++) parts[i] = HEX_PAIRS[bytes[little ? last - i : i]];
  return BigInt("0x" + parts.join(""));
}

/** The low `size` bytes of non-negative `value`, most significant first unless `little`. */
export function bigIntToBytes(value: bigint, size: number, little: boolean): Uint8Array {
  const out = new Uint8Array(size);
  const hex = value.toString(16);
  // Hex digit pairs from the least significant end; a leading odd digit is a byte alone.
  for (let index = 0, end = hex.length; index < size && end > 0; index++, end -= 2) {
    const byte = parseInt(hex.slice(Math.max(0, end - 2), end), 16);
    out[little ? index : size - 1 - index] = byte;
  }
  return out;
}

/** The value of 32-bit `words`, the first the least significant. */
export function bigIntFromWords(words: Uint32Array): bigint {
  if (words.length === 0) return 0n;
  const parts = new Array<string>(words.length);
  const last = words.length - 1;
  for (let i = 0; i <= last; i++) parts[i] = words[last - i].toString(16).padStart(8, "0");
  return BigInt("0x" + parts.join(""));
}

/** The 32-bit words of non-negative `value`, the least significant first; at least one. */
export function bigIntToWords(value: bigint): Uint32Array {
  const hex = value.toString(16);
  const words = new Uint32Array(Math.max(1, Math.ceil(hex.length / 8)));
  for (let index = 0, end = hex.length; end > 0; index++, end -= 8) {
    words[index] = parseInt(hex.slice(Math.max(0, end - 8), end), 16);
  }
  return words;
}
