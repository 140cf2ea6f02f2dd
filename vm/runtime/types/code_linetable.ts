/**
 * `code.co_linetable` in CPython 3.11's format (Objects/locations.md), made
 * from and read back into Taipan's position table (POSITION_SIZE words per
 * instruction: line, end line, column, end column; -1 for unknown). Every
 * Taipan instruction is one code unit, so each entry covers one instruction,
 * as CPython writes one entry per instruction. Lines are relative to
 * co_firstlineno. `code.replace(co_linetable=...)` decodes a table given from
 * Python.
 *
 * An entry starts with a byte 1cccclll: c the kind, lll the length in code
 * units minus one. Kinds: 0-9 short form (same line, columns in one more
 * byte), 10-12 one-line form (line + 0..2, column and end column bytes), 13
 * no columns (signed varint line delta), 14 long form (signed line delta,
 * end-line delta, column + 1, end column + 1 as varints), 15 no location.
 */
import { POSITION_SIZE } from "../../compiler/code.ts";

const NONE = 15;
const LONG = 14;
const NO_COLUMNS = 13;
const ONE_LINE = 10;

function writeVarint(out: number[], value: number): void {
  while (value >= 64) {
    out.push(64 | (value & 63));
    value = Math.floor(value / 64);
  }
  out.push(value);
}

function writeSignedVarint(out: number[], value: number): void {
  writeVarint(out, value < 0 ? (-value * 2) | 1 : value * 2);
}

/** The co_linetable bytes of `positions` for a code object starting at `firstLine`. */
export function encodeLineTable(positions: Int32Array, firstLine: number): Uint8Array {
  const out: number[] = [];
  let previous = firstLine;
  for (let at = 0; at < positions.length; at += POSITION_SIZE) {
    const line = positions[at];
    const endLine = positions[at + 1];
    const column = positions[at + 2];
    const endColumn = positions[at + 3];
    if (line < 0) {
      out.push(0x80 | (NONE << 3));
      continue;
    }
    const delta = line - previous;
    if (column < 0 || endColumn < 0) {
      if (endLine === line || endLine < 0) {
        out.push(0x80 | (NO_COLUMNS << 3));
        writeSignedVarint(out, delta);
        previous = line;
        continue;
      }
    } else if (endLine === line) {
      if (delta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        out.push(0x80 | ((column >> 3) << 3), ((column & 7) << 4) | (endColumn - column));
        continue;
      }
      if (delta >= 0 && delta < 3 && column < 128 && endColumn < 128) {
        out.push(0x80 | ((ONE_LINE + delta) << 3), column, endColumn);
        previous = line;
        continue;
      }
    }
    out.push(0x80 | (LONG << 3));
    writeSignedVarint(out, delta);
    writeVarint(out, Math.max(endLine, line) - line);
    writeVarint(out, column + 1);
    writeVarint(out, endColumn + 1);
    previous = line;
  }
  return Uint8Array.from(out);
}

/**
 * The position table `table` describes for `count` instructions of a code
 * object starting at `firstLine`, read as CPython's location iterator reads it;
 * instructions past the table's end have no location.
 */
export function decodeLineTable(table: Uint8Array, firstLine: number, count: number): Int32Array {
  const positions = new Int32Array(count * POSITION_SIZE).fill(-1);
  let at = 0;
  const byte = () => (at < table.length ? table[at++] : 0);
  const varint = () => {
    let read = byte();
    let value = read & 63;
    let scale = 64;
    while (read & 64) {
      read = byte();
      value += (read & 63) * scale;
      scale *= 64;
    }
    return value;
  };
  const signedVarint = () => {
    const value = varint();
    return value % 2 === 1 ? -Math.floor(value / 2) : value / 2;
  };
  let line = firstLine;
  let instruction = 0;
  while (at < table.length && instruction < count) {
    const first = byte();
    const kind = (first >> 3) & 15;
    const length = (first & 7) + 1;
    let entry: [number, number, number, number];
    if (kind === NONE) entry = [-1, -1, -1, -1];
    else if (kind === LONG) {
      line += signedVarint();
      const endLine = line + varint();
      entry = [line, endLine, varint() - 1, varint() - 1];
    } else if (kind === NO_COLUMNS) {
      line += signedVarint();
      entry = [line, line, -1, -1];
    } else if (kind >= ONE_LINE) {
      line += kind - ONE_LINE;
      const column = byte();
      entry = [line, line, column, byte()];
    } else {
      const second = byte();
      const column = (kind << 3) | (second >> 4);
      entry = [line, line, column, column + (second & 15)];
    }
    for (let k = 0; k < length && instruction < count; k++, instruction++) {
      positions.set(entry, instruction * POSITION_SIZE);
    }
  }
  return positions;
}

/** The table with every known line moved by `delta` (co_firstlineno replaced: lines are relative). */
export function shiftLines(positions: Int32Array, delta: number): Int32Array {
  const out = positions.slice();
  for (let at = 0; at < out.length; at += POSITION_SIZE) {
    if (out[at] >= 0) out[at] += delta;
    if (out[at + 1] >= 0) out[at + 1] += delta;
  }
  return out;
}
