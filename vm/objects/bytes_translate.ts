/** bytes.translate and bytes.maketrans: 256-byte mapping tables. */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { expectBuffer } from "./buffer.ts";
import { bytesFrom } from "./bytes_alloc.ts";

/** self.translate(table, delete): table None keeps bytes, deleted bytes are dropped. */
export function bytesTranslate(self: Uint8Array, table: PyValue, deleteChars?: PyValue) {
  let mapping: Uint8Array | null = null;
  if (table !== null) {
    mapping = expectBuffer(table);
    if (mapping.length !== 256) {
      throw pyError("ValueError", "translation table must be 256 characters long");
    }
  }
  const deleted = new Uint8Array(256);
  if (deleteChars !== undefined) {
    for (const byte of expectBuffer(deleteChars)) {
      deleted[byte] = 1;
    }
  }
  const out: number[] = [];
  for (const byte of self) {
    if (deleted[byte] === 0) out.push(mapping === null ? byte : mapping[byte]);
  }
  return bytesFrom(out);
}

/** bytes.maketrans(frm, to): the identity table with frm[i] mapped to to[i]. */
export function bytesMaketrans(from: PyValue, to: PyValue): Uint8Array {
  const source = expectBuffer(from);
  const target = expectBuffer(to);
  if (source.length !== target.length) {
    throw pyError("ValueError", "maketrans arguments must have same length");
  }
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < source.length; i++) table[source[i]] = target[i];
  return table;
}
