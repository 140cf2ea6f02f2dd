/**
 * SipHash-1-3 (one compression round, three finalization rounds) with a
 * 128-bit key (k0, k1), on 64-bit BigInts: CPython's keyed hash, which
 * `_imp.source_hash` (hash-based .pyc files, PEP 552) uses with k1 = 0.
 */
const MASK = (1n << 64n) - 1n;

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & MASK;
}

export function siphash13(k0: bigint, k1: bigint, data: Uint8Array): bigint {
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & MASK;
    v2 = (v2 + v3) & MASK;
    v1 = rotl(v1, 13n) ^ v0;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & MASK;
    v0 = (v0 + v3) & MASK;
    v1 = rotl(v1, 17n) ^ v2;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const whole = data.length - (data.length % 8);
  for (let i = 0; i < whole; i += 8) {
    const m = view.getBigUint64(i, true);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  let last = (BigInt(data.length) & 0xffn) << 56n;
  for (let i = whole; i < data.length; i++) last |= BigInt(data[i]) << BigInt(8 * (i - whole));
  v3 ^= last;
  round();
  v0 ^= last;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3) & MASK;
}
