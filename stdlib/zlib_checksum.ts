/**
 * The checksums zlib and binascii share: CRC-32 (the zlib/PNG polynomial,
 * reflected, 0xEDB88320) and Adler-32, computed in JS (byte-identical to
 * libz's crc32()/adler32(), without a round trip through FFI), plus the
 * CRC-CCITT (polynomial 0x1021, MSB first) of binascii.crc_hqx. Values are
 * unsigned 32-bit (16-bit for crc_hqx) JS numbers.
 */

// The tables are built at their first use, not while Taipan loads.
let crc32Table: Uint32Array | null = null;

function buildCrc32Table(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

export function crc32(data: Uint8Array, start: number): number {
  const table = crc32Table ??= buildCrc32Table();
  let crc = ~start;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

const ADLER_BASE = 65521;
/** The most bytes summed before a reduction keeps the sums below 2**53 (zlib's NMAX is 5552). */
const ADLER_RUN = 5552;

export function adler32(data: Uint8Array, start: number): number {
  let a = start & 0xffff;
  let b = (start >>> 16) & 0xffff;
  for (let offset = 0; offset < data.length; offset += ADLER_RUN) {
    const end = Math.min(offset + ADLER_RUN, data.length);
    for (let i = offset; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  // libz reduces start values of 65521 and above even when there is no data.
  return (((b % ADLER_BASE) << 16) | (a % ADLER_BASE)) >>> 0;
}

let crcHqxTable: Uint16Array | null = null;

function buildCrcHqxTable(): Uint16Array {
  const table = new Uint16Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? (c << 1) ^ 0x1021 : c << 1;
    table[n] = c & 0xffff;
  }
  return table;
}

export function crcHqx(data: Uint8Array, start: number): number {
  const table = crcHqxTable ??= buildCrcHqxTable();
  let crc = start & 0xffff;
  for (let i = 0; i < data.length; i++) {
    crc = ((crc << 8) & 0xff00) ^ table[(crc >> 8) ^ data[i]];
  }
  return crc;
}
