/**
 * What the `_sre` engine derives once per compiled pattern, so that matching
 * interprets less: answers that depend only on the code words, memoised by
 * code position and built on first use.
 *
 *   op tables   for each one-character opcode (IN, CATEGORY, the IGNORE
 *               variants, ...), its verdict on every character below 256:
 *               `table[ch]` is 1 when the opcode accepts ch. The verdict
 *               is a pure function of (code, pc, ch) (sre_single.ts's
 *               matchesChar; the locale is the fixed C/UTF-8 one), so the
 *               table is a memo of it, exact by construction. Characters
 *               from 256 up still go through matchesChar.
 *
 *   start sets  for a code position, the characters a match of the code
 *               there can begin with: 257 bytes, one per character below
 *               256 and a last one for "some character from 256 up may",
 *               or null when unknown. A set is only given when every match
 *               consumes a first character (zero-width MARK, AT and
 *               lookarounds are stepped over; code that can match empty,
 *               or whose first character is hard to see, is unknown). So
 *               a position whose character is not in the set, or the end
 *               of the subject, certainly fails. An attempt that fails
 *               there could only have changed marks above the lastmark
 *               its caller restores, so the search, BRANCH and the repeats
 *               skip it: CPython tries it and gets the same answer slower.
 *
 * Only valid code reaches a plan (sre_validate.ts ran first), but the start
 * walker still gives up (null) on anything it does not know.
 */
import { Op } from "./sre_constants.ts";
import { inCharset } from "./sre_ops.ts";
import { isCharOp, matchesChar } from "./sre_single.ts";

/** Index of the "a character from 256 up may start it" byte of a start set. */
export const HIGH = 256;

export class SrePlan {
  /** Op tables by code position (see the module comment). */
  readonly tables: (Uint8Array | undefined)[];
  /** Start sets by code position; undefined until asked. */
  private readonly starts: (Uint8Array | null | undefined)[];
  /** The INFO block's charset as a start set, if it has one. */
  private infoCharset: Uint8Array | null = null;

  constructor(readonly code: Uint32Array) {
    this.tables = new Array(code.length);
    this.starts = new Array(code.length);
  }

  /** The op table of the one-character opcode at `pc`. */
  table(pc: number): Uint8Array {
    return this.tables[pc] ?? this.buildTable(pc);
  }

  private buildTable(pc: number): Uint8Array {
    const table = new Uint8Array(256);
    for (let ch = 0; ch < 256; ch++) table[ch] = matchesChar(this.code, pc, ch) ? 1 : 0;
    this.tables[pc] = table;
    return table;
  }

  /** The start set of the code at `pc`, or null when it is not known. */
  startAt(pc: number): Uint8Array | null {
    const known = this.starts[pc];
    if (known !== undefined) return known;
    const set = this.walk(pc);
    this.starts[pc] = set;
    return set;
  }

  /** The INFO charset at code[pc] (a set, not an opcode) as a start set. */
  charsetAt(pc: number): Uint8Array {
    if (this.infoCharset === null) {
      const set = new Uint8Array(HIGH + 1);
      for (let ch = 0; ch < 256; ch++) set[ch] = inCharset(this.code, pc, ch) ? 1 : 0;
      set[HIGH] = 1;
      this.infoCharset = set;
    }
    return this.infoCharset;
  }

  private walk(pc: number): Uint8Array | null {
    const code = this.code;
    for (;;) {
      const op = code[pc];
      if (isCharOp(op)) return this.charStart(pc);
      switch (op) {
        case Op.MARK:
        case Op.AT:
          pc += 2;
          continue;
        case Op.INFO:
        case Op.JUMP:
        case Op.ASSERT:
        case Op.ASSERT_NOT:
          pc += 1 + code[pc + 1];
          continue;
        case Op.FAILURE:
          return new Uint8Array(HIGH + 1);
        case Op.REPEAT_ONE:
        case Op.MIN_REPEAT_ONE:
        case Op.POSSESSIVE_REPEAT_ONE: {
          // <op> <skip> <min> <max> item <SUCCESS> tail
          if (!isCharOp(code[pc + 4])) return null;
          const item = this.charStart(pc + 4);
          return code[pc + 2] > 0 ? item : union(item, this.startAt(pc + 1 + code[pc + 1]));
        }
        case Op.REPEAT: {
          // <REPEAT> <skip> <min> <max> body <MAX_UNTIL|MIN_UNTIL> tail
          const body = this.startAt(pc + 4);
          return code[pc + 2] > 0 ? body : union(body, this.startAt(pc + 2 + code[pc + 1]));
        }
        case Op.POSSESSIVE_REPEAT:
          // <POSSESSIVE_REPEAT> <skip> <min> <max> body <SUCCESS> tail
          return code[pc + 2] > 0 ? this.startAt(pc + 4) : null;
        case Op.ATOMIC_GROUP:
          // <ATOMIC_GROUP> <skip> body <SUCCESS> tail: a body that needs a character.
          return this.startAt(pc + 2);
        case Op.BRANCH: {
          // <BRANCH> <skip> alternative <JUMP> ... <0>
          let set: Uint8Array | null = new Uint8Array(HIGH + 1);
          for (let at = pc + 1; code[at] !== 0 && set !== null; at += code[at]) {
            set = union(set, this.startAt(at + 1));
          }
          return set;
        }
        default:
          // SUCCESS, the UNTILs (the code may match empty), group references.
          return null;
      }
    }
  }

  /** The start set of the one-character opcode at `pc`. */
  private charStart(pc: number): Uint8Array {
    const set = new Uint8Array(HIGH + 1);
    set.set(this.table(pc));
    const code = this.code;
    // Only a plain LITERAL below 256 is known to refuse every character from 256 up.
    set[HIGH] = code[pc] === Op.LITERAL && code[pc + 1] < 256 ? 0 : 1;
    return set;
  }
}

/** Is there a character at `ptr` (before `end`) in the start set (sre_plan.ts)? */
export function canStart(
  set: Uint8Array,
  text: string | null,
  data: Uint8Array | Uint32Array,
  ptr: number,
  end: number,
): boolean {
  if (ptr >= end) return false;
  const ch = text !== null ? text.charCodeAt(ptr) : data[ptr];
  return set[ch < 256 ? ch : HIGH] !== 0;
}

function union(a: Uint8Array | null, b: Uint8Array | null): Uint8Array | null {
  if (a === null || b === null) return null;
  const set = new Uint8Array(HIGH + 1);
  for (let i = 0; i <= HIGH; i++) set[i] = a[i] | b[i];
  return set;
}
