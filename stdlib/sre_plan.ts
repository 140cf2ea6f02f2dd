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
 *   run skip    the search's shortcut for code that begins (after MARKs and
 *               ATs) with a repeat of a one-character item, like `\w+@` or
 *               `(\d{1,3})\.`, when nothing reads a group back (GROUPREF,
 *               GROUPREF_EXISTS). An attempt at p whose ATs held explored the
 *               rest of the pattern (the tail) at every end t of the repeat
 *               in [p+min, q], q the end of the item's run from p, provided
 *               the run is at most max long; the tail failed at each. A start
 *               r in (p, q] would try the tail at ends in [r+min, q] only,
 *               and the tail's outcome at t does not depend on where the
 *               match started: only group references and the first
 *               attempt's must-advance rule (an empty match at the first
 *               start, which no later start sees) could tell. So the search
 *               resumes at q+1. CPython tries every start; the answers agree.
 *
 *   required    a character every match consumes, when the code begins
 *               (after MARKs, ATs and one-character items, repeated or
 *               not) with a LITERAL or a repeat of one with min >= 1:
 *               `@` in `[\w.+-]+@...`, `=` in `(\w+)=...`, `.` in
 *               `\b(\d{1,3})\.`. Only zero-width items and items that
 *               consume come before it, so in a match from p it lies in
 *               [p, p + reach], reach the most those items consume (-1:
 *               unbounded). So when its next occurrence from p is q, no
 *               start before q - reach can match (before q, if the reach
 *               is unbounded: none when there is no q before the end).
 *               After a failed attempt the search jumps there (one
 *               indexOf) instead of trying the starts in between:
 *               findall's last search over a line's tail ends at once.
 *               CPython tries every start and gets the same answers.
 *
 *   matchers    after a few uses, the code at the pattern's start and after
 *               its INFO block (where match and search enter) is compiled
 *               to JavaScript when sre_codegen.ts can (null otherwise).
 *
 * One exception: in 3.11 a POSSESSIVE_REPEAT does not save the marks its
 * body's failed attempts overwrite (CPython then reports "The span of
 * capturing group is wrong"), so in code that has one, a start set is only
 * given where no MARK (nor lookaround, which may hold one) comes before the
 * first character: skipping then saves exactly the attempts that would
 * have changed nothing.
 *
 * Only valid code reaches a plan (sre_validate.ts ran first), but the start
 * walker still gives up (null) on anything it does not know.
 */
import { Op, SRE_MAXREPEAT } from "./sre_constants.ts";
import type { CodeFacts } from "./sre_validate.ts";
import type { SreState } from "./sre_state.ts";
import { atPosition } from "./sre_ops.ts";
import { type CompiledMatcher, compileMatcher } from "./sre_codegen.ts";

/**
 * Entries of a pattern run this many times through the engine before
 * compiling: a compile costs ~100us (the LINE pattern of
 * bench/programs/regex_scan.py), the engine's match there ~170ns more
 * than the optimised compiled one, and new JS code starts in V8's
 * interpreter, slower than the (warm) engine until V8 optimises it. With
 * 64, 1500 patterns used 100 times each searched 2x slower than with none.
 */
const COMPILE_AFTER = 1000;
import { inCharset } from "./sre_ops.ts";
import { charOpWidth, isCharOp, matchesChar } from "./sre_single.ts";

/** Index of the "a character from 256 up may start it" byte of a start set. */
export const HIGH = 256;

export class SrePlan {
  /** Op tables by code position (see the module comment). */
  readonly tables: (Uint8Array | undefined)[];
  /** Start sets by code position; undefined until asked. */
  private readonly starts: (Uint8Array | null | undefined)[];
  /** The INFO block's charset as a start set, if it has one. */
  private infoCharset: Uint8Array | null = null;

  /** Matchers at the start (0) and after INFO (1); undefined: not compiled yet. */
  private readonly matchers: (CompiledMatcher | null | undefined)[] = [undefined, undefined];
  private uses = 0;

  /** The run skip's repeat for the search's code position (-1: none, -2: not yet known). */
  private run = -2;
  /** The required character of the search's code position (-1: none, -2: not yet known). */
  private required = -2;
  /** How far from a match's start the required character can be (-1: unbounded). */
  requiredReach = -1;

  constructor(readonly code: Uint32Array, private readonly facts: CodeFacts) {
    this.tables = new Array(code.length);
    this.starts = new Array(code.length);
  }

  /** The compiled matcher for the code at pc, when pc is an entry and it has one. */
  matcherAt(pc: number): CompiledMatcher | null {
    const code = this.code;
    const slot = pc === 0 ? 0 : code[0] === Op.INFO && pc === 1 + code[1] ? 1 : -1;
    if (slot < 0) return null;
    const matcher = this.matchers[slot];
    if (matcher !== undefined) return matcher;
    if (++this.uses < COMPILE_AFTER) return null;
    return this.matchers[slot] = compileMatcher(code, this, pc);
  }

  /** The position of the repeat the run skip looks at, for the code at `pc`, or -1. */
  leadingRun(pc: number): number {
    if (this.run !== -2) return this.run;
    const code = this.code;
    this.run = -1;
    if (this.facts.readsGroups) return -1;
    while (code[pc] === Op.MARK || code[pc] === Op.AT) pc += 2;
    const op = code[pc];
    if (
      (op === Op.REPEAT_ONE || op === Op.MIN_REPEAT_ONE || op === Op.POSSESSIVE_REPEAT_ONE) &&
      isCharOp(code[pc + 4])
    ) this.run = pc;
    return this.run;
  }

  /**
   * The required character (see the module comment) of the code at `pc`,
   * the search's position, or -1. Only characters below the surrogates:
   * a narrow str's indexOf finds them as one unit.
   */
  requiredChar(pc: number): number {
    if (this.required !== -2) return this.required;
    const code = this.code;
    let reach = 0;
    for (;;) {
      const op = code[pc];
      if (op === Op.MARK || op === Op.AT) pc += 2;
      else if (op === Op.LITERAL) return this.setRequired(code[pc + 1], reach);
      else if (
        op === Op.REPEAT_ONE || op === Op.MIN_REPEAT_ONE || op === Op.POSSESSIVE_REPEAT_ONE
      ) {
        // <op> <skip> <min> <max> item <SUCCESS> tail
        const item = pc + 4;
        if (code[item] === Op.LITERAL && code[pc + 2] >= 1) {
          return this.setRequired(code[item + 1], reach);
        }
        if (!isCharOp(code[item])) break;
        const max = code[pc + 3];
        reach = reach < 0 || max === SRE_MAXREPEAT ? -1 : reach + max;
        pc += 1 + code[pc + 1];
      } else if (isCharOp(op)) {
        if (reach >= 0) reach++;
        pc += charOpWidth(code, pc);
      } else break;
    }
    return this.required = -1;
  }

  private setRequired(ch: number, reach: number): number {
    this.requiredReach = reach;
    return this.required = ch < 0xd800 ? ch : -1;
  }

  /**
   * After a failed attempt at `start` (the code at `pc`, its repeat at
   * `run`): the last start the run skip rules out, or `start` itself.
   */
  runEnd(s: SreState, pc: number, run: number, start: number): number {
    const code = this.code;
    for (; pc < run; pc += 2) {
      // An AT that failed at start stopped the attempt before the repeat.
      if (code[pc] === Op.AT && !atPosition(s, start, code[pc + 1])) return start;
    }
    const item = run + 4;
    const table = this.table(item);
    const max = code[run + 3];
    const end = s.end;
    // Look one past max: a longer run means the attempt did not see its end.
    const limit = max === SRE_MAXREPEAT || end - start <= max ? end : start + max + 1;
    let q = start;
    const text = s.text;
    if (text !== null) {
      for (; q < limit; q++) {
        const ch = text.charCodeAt(q);
        if (ch < 256 ? table[ch] === 0 : !matchesChar(code, item, ch)) break;
      }
    } else {
      const data = s.data!;
      for (; q < limit; q++) {
        const ch = data[q];
        if (ch < 256 ? table[ch] === 0 : !matchesChar(code, item, ch)) break;
      }
    }
    return max !== SRE_MAXREPEAT && q - start > max ? start : q;
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
          if (this.facts.possessiveLoops) return null;
          pc += 2;
          continue;
        case Op.AT:
          pc += 2;
          continue;
        case Op.ASSERT:
        case Op.ASSERT_NOT:
          if (this.facts.possessiveLoops) return null;
          pc += 1 + code[pc + 1];
          continue;
        case Op.INFO:
        case Op.JUMP:
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
