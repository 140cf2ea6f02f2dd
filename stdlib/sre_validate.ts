/**
 * The check `_sre.compile` makes before accepting code words (sre.c's
 * _validate): every opcode known, every operand and skip inside the code,
 * group numbers below `groups`, sets and INFO blocks well formed, and the
 * blocks of BRANCH, REPEAT, ASSERT, ... ending with the opcode the engine
 * expects there. The engine trusts the code it runs, so code that does not
 * come from re/_compiler.py must not reach it unchecked: CPython answers
 * RuntimeError("invalid SRE code").
 *
 * Skips are relative and always point forward, and blocks nest without
 * crossing, so one recursive descent over [start, end) ranges suffices.
 */
import { At, Op, SRE_MAXGROUPS, SRE_MAXREPEAT } from "./sre_constants.ts";

class Invalid {}
const INVALID = new Invalid();

const AT_CODES = Object.keys(At).length;
const CATEGORY_CODES = 18;

const LITERAL_OPS = new Set([
  Op.LITERAL,
  Op.NOT_LITERAL,
  Op.LITERAL_IGNORE,
  Op.NOT_LITERAL_IGNORE,
  Op.LITERAL_UNI_IGNORE,
  Op.NOT_LITERAL_UNI_IGNORE,
  Op.LITERAL_LOC_IGNORE,
  Op.NOT_LITERAL_LOC_IGNORE,
]);
const IN_OPS = new Set([Op.IN, Op.IN_IGNORE, Op.IN_UNI_IGNORE, Op.IN_LOC_IGNORE]);
const GROUPREF_OPS = new Set([
  Op.GROUPREF,
  Op.GROUPREF_IGNORE,
  Op.GROUPREF_UNI_IGNORE,
  Op.GROUPREF_LOC_IGNORE,
]);

function check(condition: boolean): void {
  if (!condition) throw INVALID;
}

/** What the validation learnt about valid code, for the engine's plan (sre_plan.ts). */
export interface CodeFacts {
  /** Some GROUPREF or GROUPREF_EXISTS reads the marks. */
  readonly readsGroups: boolean;
  /** Some POSSESSIVE_REPEAT loops over a body without saving the marks (3.11 does not). */
  readonly possessiveLoops: boolean;
}

/** The facts of valid code, or null when it is invalid. */
export function validateCode(code: Uint32Array, groups: number): CodeFacts | null {
  if (groups < 0 || groups > SRE_MAXGROUPS || code.length === 0) return null;
  if (code[code.length - 1] !== Op.SUCCESS) return null;
  const validator = new Validator(code, groups);
  try {
    if (validator.block(0, code.length - 1)) return null;
  } catch (error) {
    if (error === INVALID) return null;
    throw error;
  }
  return { readsGroups: validator.readsGroups, possessiveLoops: validator.possessiveLoops };
}

class Validator {
  readsGroups = false;
  possessiveLoops = false;
  constructor(readonly code: Uint32Array, readonly groups: number) {}

  /** A skip word at `pos` (at most end - pos - adjust): its value. */
  private skip(pos: number, end: number, adjust = 0): number {
    check(pos < end);
    const skip = this.code[pos];
    check(skip >= adjust && skip - adjust <= end - pos);
    return skip;
  }

  private set(pos: number, end: number): void {
    const code = this.code;
    while (pos < end) {
      const op = code[pos++];
      if (op === Op.NEGATE) continue;
      if (op === Op.LITERAL) {
        check(pos < end);
        pos++;
      } else if (op === Op.RANGE || op === Op.RANGE_UNI_IGNORE) {
        check(pos + 2 <= end);
        pos += 2;
      } else if (op === Op.CHARSET) {
        check(8 <= end - pos);
        pos += 8;
      } else if (op === Op.BIGCHARSET) {
        check(pos < end);
        const blocks = code[pos++];
        check(64 <= end - pos);
        for (let i = 0; i < 256; i++) {
          check(((code[pos + (i >> 2)] >>> ((i & 3) * 8)) & 0xff) < blocks);
        }
        pos += 64;
        check(blocks * 8 <= end - pos);
        pos += blocks * 8;
      } else if (op === Op.CATEGORY) {
        check(pos < end && code[pos] < CATEGORY_CODES);
        pos++;
      } else throw INVALID;
    }
  }

  /** Validate [pos, end); true when the block's last opcode is a JUMP (a branch arm). */
  block(pos: number, end: number): boolean {
    const code = this.code;
    check(pos <= end);
    while (pos < end) {
      const op = code[pos++];
      if (LITERAL_OPS.has(op)) {
        check(pos < end);
        pos++;
      } else if (IN_OPS.has(op)) {
        const skip = this.skip(pos, end);
        check(skip >= 2);
        this.set(pos + 1, pos + skip - 1);
        check(code[pos + skip - 1] === Op.FAILURE);
        pos += skip;
      } else if (GROUPREF_OPS.has(op)) {
        this.readsGroups = true;
        check(pos < end && code[pos] < this.groups);
        pos++;
      } else {
        switch (op) {
          case Op.MARK:
            check(pos < end && code[pos] <= 2 * this.groups + 1);
            pos++;
            break;
          case Op.SUCCESS:
          case Op.FAILURE:
          case Op.ANY:
          case Op.ANY_ALL:
            break;
          case Op.AT:
            check(pos < end && code[pos] < AT_CODES);
            pos++;
            break;
          case Op.INFO:
            pos = this.info(pos, end);
            break;
          case Op.BRANCH:
            pos = this.branch(pos, end);
            break;
          case Op.REPEAT_ONE:
          case Op.MIN_REPEAT_ONE:
          case Op.POSSESSIVE_REPEAT_ONE:
          case Op.REPEAT:
          case Op.POSSESSIVE_REPEAT: {
            if (op === Op.POSSESSIVE_REPEAT) this.possessiveLoops = true;
            const skip = this.skip(pos, end);
            check(pos + 3 <= end);
            const min = code[pos + 1];
            const max = code[pos + 2];
            check(min <= max && max <= SRE_MAXREPEAT);
            // Single-character repeats hold <SUCCESS> inside their skip; the others end at it.
            const single = op !== Op.REPEAT && op !== Op.POSSESSIVE_REPEAT;
            const bodyEnd = pos + skip - (single ? 1 : 0);
            check(skip >= 3 + (single ? 1 : 0) && !this.block(pos + 3, bodyEnd));
            check(bodyEnd < end);
            const last = code[bodyEnd];
            if (op === Op.REPEAT) check(last === Op.MAX_UNTIL || last === Op.MIN_UNTIL);
            else check(last === Op.SUCCESS);
            pos = bodyEnd + 1;
            break;
          }
          case Op.ATOMIC_GROUP: {
            const skip = this.skip(pos, end);
            check(skip >= 2 && !this.block(pos + 1, pos + skip - 1));
            check(code[pos + skip - 1] === Op.SUCCESS);
            pos += skip;
            break;
          }
          case Op.GROUPREF_EXISTS:
            this.readsGroups = true;
            pos = this.groupExists(pos, end);
            break;
          case Op.ASSERT:
          case Op.ASSERT_NOT: {
            const skip = this.skip(pos, end);
            check(skip >= 3 && pos + 1 < end);
            check(!this.block(pos + 2, pos + skip - 1));
            check(code[pos + skip - 1] === Op.SUCCESS);
            pos += skip;
            break;
          }
          case Op.JUMP:
            check(pos + 1 === end);
            return true;
          default:
            throw INVALID;
        }
      }
    }
    return false;
  }

  /** <INFO> <skip> <flags> <min> <max> [<length> <skip> prefix overlap | charset] */
  private info(pos: number, end: number): number {
    const code = this.code;
    const skip = this.skip(pos, end);
    const next = pos + skip;
    check(skip >= 4 && pos + 4 <= end);
    const flags = code[pos + 1];
    pos += 4;
    check((flags & ~7) === 0);
    const prefix = (flags & 1) !== 0;
    const literal = (flags & 2) !== 0;
    const charset = (flags & 4) !== 0;
    check(!(prefix && charset) && (!literal || prefix));
    if (prefix) {
      check(pos + 2 <= next);
      const length = code[pos];
      pos += 2;
      check(length <= next - pos);
      pos += length;
      check(length <= next - pos);
      for (let i = 0; i < length; i++) check(code[pos + i] < length);
      pos += length;
    }
    if (charset) {
      this.set(pos, next - 1);
      check(code[next - 1] === Op.FAILURE);
      return next;
    }
    check(pos === next);
    return next;
  }

  /** <BRANCH> (<skip> arm <JUMP> <skip>)* <0>: every arm's JUMP reaches the same end. */
  private branch(pos: number, end: number): number {
    const code = this.code;
    let target = -1;
    for (;;) {
      const skip = this.skip(pos, end);
      pos++;
      if (skip === 0) break;
      check(skip >= 3);
      check(!this.block(pos, pos + skip - 3));
      pos += skip - 3;
      check(pos < end && code[pos] === Op.JUMP);
      pos++;
      const jump = this.skip(pos, end);
      const landing = pos + jump;
      if (target < 0) target = landing;
      else check(landing === target);
      pos++;
    }
    check(pos === target);
    return pos;
  }

  /** <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no] */
  private groupExists(pos: number, end: number): number {
    const code = this.code;
    check(pos < end && code[pos] < this.groups);
    pos++;
    const skip = this.skip(pos, end, 1);
    // The skip counts from the group word; the "yes" arm starts after the skip.
    const base = pos - 1;
    if (this.block(pos + 1, base + skip)) {
      const elsePos = base + skip - 1;
      const elseSkip = this.skip(elsePos, end);
      check(!this.block(elsePos + 1, elsePos + elseSkip));
      return elsePos + elseSkip;
    }
    return base + skip;
  }
}
