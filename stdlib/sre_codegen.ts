/**
 * A JavaScript matcher for a pattern, generated from its code words: the
 * engine (sre_engine.ts) interprets every opcode through a switch and keeps
 * its backtracking on a frame stack; for the patterns most programs use
 * (literals, character classes, groups, alternations, single-character
 * repeats, optional groups, lookarounds) this module writes one JS function per *continuation* instead,
 * which V8 compiles to machine code. `re.match(r"^(\d{4})-(\d\d) ...")` then
 * runs a few dozen inline tests rather than a few dozen dispatches.
 *
 * Shape of the generated code. Each function `kP(s, ptr, top)` matches the
 * code from position P at subject position `ptr` and returns true on a
 * match (with state.ptr, the marks, lastmark and lastindex set as the
 * engine sets them). Straight-line opcodes become inline tests that
 * `return false` on failure. A choice point calls the continuation of what
 * follows it:
 *
 *   BRANCH         for each alternative (skipping those whose start set
 *                  rules the position out), call its function; after a
 *                  failure restore lastmark/lastindex, as the engine does;
 *   REPEAT_ONE     count greedily, then call the tail's function for each
 *                  count down to min (only where the tail can start);
 *   MIN_REPEAT_ONE the tail first, then one more item, up to max;
 *   POSSESSIVE_REPEAT_ONE  count, then go on inline (no backtracking);
 *   REPEAT max 1   an optional group: body then tail, else the tail;
 *   JUMP           (the end of an alternative) call the function of the
 *                  code after the BRANCH, so that it is written once;
 *   ASSERT(_NOT)   call the body's function (never toplevel) from ptr - back;
 *   ATOMIC_GROUP   call the body's function, then go on from where it ended;
 *   GROUPREF(_EXISTS)  the engine's helper and test of the marks.
 *
 * Every position is written once, so the source grows with the code. Only
 * code without loops over groups (REPEAT with a max above 1: an optional
 * group is fine, see `optional`; POSSESSIVE_REPEAT) is compiled. There
 * every MARK runs at most once on a path, so backtracking needs to restore
 * only lastmark/lastindex, never the marks themselves, exactly as the
 * engine does when no repeat context exists. The depth of JS recursion is
 * bounded by the number of continuations, which is capped
 * (MAX_CONTINUATIONS); larger or other code stays with the engine (null).
 *
 * `top` is the engine's toplevel flag: only the toplevel SUCCESS applies
 * fullmatch's end check and the must-advance rule.
 */
import { At, Op, SRE_MAXREPEAT } from "./sre_constants.ts";
import { isAsciiWord, isLocaleWord, isUnicodeWord } from "./sre_chars.ts";
import { charOpWidth, countRepeats, isCharOp, matchesChar } from "./sre_single.ts";
import { atPosition, matchGroupRef } from "./sre_ops.ts";
import type { SrePlan } from "./sre_plan.ts";
import type { SreState } from "./sre_state.ts";

export type CompiledMatcher = (s: SreState, toplevel: boolean) => boolean;

/** Larger code stays with the engine: the source and its compile time grow with it. */
const MAX_CODE_WORDS = 2048;
/** Bounds the JS recursion of a match (one call per continuation on a path). */
const MAX_CONTINUATIONS = 48;

class Unsupported {}
const UNSUPPORTED = new Unsupported();

/**
 * The character at position `at` (an expression over the k-function's
 * locals): a matcher is written for one kind of subject (see compileMatcher).
 */
const charAt = (text: boolean, at: string) => text ? `text.charCodeAt(${at})` : `data[${at}]`;

/**
 * AT positions as tests (sre_ops.ts atPosition). Boundaries look up a
 * word table below 256 (getWordTables) and ask sre_chars above it.
 */
function atTest(text: boolean, at: number): string | null {
  const CHAR = charAt(text, "ptr");
  switch (at) {
    case At.BEGINNING:
    case At.BEGINNING_STRING:
      return "(ptr === 0)";
    case At.BEGINNING_LINE:
      return `(ptr === 0 || ${charAt(text, "ptr - 1")} === 10)`;
    case At.END:
      return `(ptr === end || (end - ptr === 1 && ${CHAR} === 10))`;
    case At.END_LINE:
      return `(ptr === end || ${CHAR} === 10)`;
    case At.END_STRING:
      return "(ptr === end)";
  }
  const boundary = BOUNDARIES.find(([code]) => code === at);
  if (boundary === undefined) return null;
  const [, kind, wanted] = boundary;
  const word = (index: string) =>
    `((ch = ${charAt(text, index)}) < 256 ? W${kind}[ch] === 1 : ${kind}(ch))`;
  return `(end !== 0 && ((ptr > 0 && ${word("ptr - 1")}) !== (ptr < end && ${
    word("ptr")
  })) === ${wanted})`;
}

/** Word predicates by name in the generated code: the boundaries' meaning of \w. */
const WORD_PREDICATES = {
  isAsciiWord,
  isLocaleWord,
  isUnicodeWord,
} as const;
type WordKind = keyof typeof WORD_PREDICATES;
const BOUNDARIES: readonly (readonly [number, WordKind, boolean])[] = [
  [At.BOUNDARY, "isAsciiWord", true],
  [At.NON_BOUNDARY, "isAsciiWord", false],
  [At.LOC_BOUNDARY, "isLocaleWord", true],
  [At.LOC_NON_BOUNDARY, "isLocaleWord", false],
  [At.UNI_BOUNDARY, "isUnicodeWord", true],
  [At.UNI_NON_BOUNDARY, "isUnicodeWord", false],
];
/**
 * The word tables below 256, built on the first compile: the Unicode one
 * loads Unicode data, which start-up must not pay for.
 */
let wordTables: Record<string, Uint8Array> | null = null;
function getWordTables(): Record<string, Uint8Array> {
  return wordTables ??= Object.fromEntries(
    Object.entries(WORD_PREDICATES).map(([name, predicate]) => {
      const table = new Uint8Array(256);
      for (let ch = 0; ch < 256; ch++) table[ch] = predicate(ch) ? 1 : 0;
      return [`W${name}`, table];
    }),
  );
}
const REJECTED_AT_TOP =
  "top && ((s.matchAll && ptr !== s.end) || (s.mustAdvance && ptr === s.start))";

/** Values the generated source refers to by index. */
interface Constants {
  readonly tables: Uint8Array[];
  readonly sets: Uint8Array[];
}

/** The matcher for the code at `startPc`, or null when the engine must run it. */
export function compileMatcher(
  code: Uint32Array,
  plan: SrePlan,
  startPc: number,
): CompiledMatcher | null {
  if (code.length > MAX_CODE_WORDS) return null;
  // One matcher per kind of subject, the other written on its first use:
  // code that tests `text !== null` at every character is twice the
  // bytecode, and V8 optimises a function later the larger it is.
  const text = writeMatcher(code, plan, startPc, true);
  if (text === null) return null;
  let data: CompiledMatcher | null = null;
  return (s, toplevel) =>
    s.text !== null
      ? text(s, toplevel)
      : (data ??= writeMatcher(code, plan, startPc, false)!)(s, toplevel);
}

/** The matcher for narrow str subjects (`text`) or for others, or null (unsupported code). */
function writeMatcher(
  code: Uint32Array,
  plan: SrePlan,
  startPc: number,
  text: boolean,
): CompiledMatcher | null {
  const writer = new Writer(code, plan, text);
  let source: string;
  try {
    source = writer.program(startPc);
  } catch (error) {
    if (error === UNSUPPORTED) return null;
    throw error;
  }
  const helpers = {
    countRepeats,
    matchesChar,
    atPosition,
    matchGroupRef,
    code,
    subMatch: unreachableSubMatch,
    ...WORD_PREDICATES,
    ...getWordTables(),
  };
  return new Function("T", "S", "H", source)(
    writer.constants.tables,
    writer.constants.sets,
    helpers,
  ) as CompiledMatcher;
}

/** countRepeats only sub-matches items that are not one-character opcodes: never here. */
function unreachableSubMatch(): boolean {
  throw new Error("sre_codegen: a compiled repeat has a one-character item");
}

class Writer {
  readonly constants: Constants = { tables: [], sets: [] };
  private readonly pending: number[] = [];
  private readonly named = new Set<number>();
  private readonly tableIndex = new Map<number, number>();

  /** `text`: the matcher reads a narrow str's s.text, else s.data. */
  constructor(readonly code: Uint32Array, readonly plan: SrePlan, readonly text: boolean) {}

  program(startPc: number): string {
    const code = this.code;
    let entry = startPc;
    let check = "";
    if (code[startPc] === Op.INFO) {
      // <INFO> <skip> <flags> <min> ...: the engine's entry check.
      const min = code[startPc + 3];
      if (min !== 0) check = `if (s.end - s.ptr < ${min}) return false;\n`;
      entry = startPc + 1 + code[startPc + 1];
    }
    const functions: string[] = [];
    this.continuation(entry);
    while (this.pending.length > 0) {
      const pc = this.pending.pop()!;
      functions.push(
        `function k${pc}(s, ptr, top) {\n` +
          `const ${this.text ? "text = s.text" : "data = s.data"}, end = s.end;\n` +
          `${this.sequence(pc)}}\n`,
      );
    }
    const tables = this.constants.tables.map((_, i) => `const T${i} = T[${i}];\n`).join("");
    const sets = this.constants.sets.map((_, i) => `const S${i} = S[${i}];\n`).join("");
    return '"use strict";\n' +
      `const { countRepeats, matchesChar, atPosition, matchGroupRef, code, subMatch, ${
        Object.keys(WORD_PREDICATES).join(", ")
      }, ${Object.keys(getWordTables()).join(", ")} } = H;\n` +
      tables + sets + functions.join("") +
      `return function (s, top) {\n${check}return k${entry}(s, s.ptr, top);\n};\n`;
  }

  /** The name of the function for the code at pc, queued for writing. */
  private continuation(pc: number): string {
    const code = this.code;
    while (code[pc] === Op.JUMP) pc += 1 + code[pc + 1];
    if (!this.named.has(pc)) {
      if (this.named.size >= MAX_CONTINUATIONS) throw UNSUPPORTED;
      this.named.add(pc);
      this.pending.push(pc);
    }
    return `k${pc}`;
  }

  private table(pc: number): string {
    let index = this.tableIndex.get(pc);
    if (index === undefined) {
      index = this.constants.tables.length;
      this.constants.tables.push(this.plan.table(pc));
      this.tableIndex.set(pc, index);
    }
    return `T${index}`;
  }

  private set(set: Uint8Array): string {
    this.constants.sets.push(set);
    return `S${this.constants.sets.length - 1}`;
  }

  /** A test that is true when the one-character opcode at pc rejects the character at ptr. */
  private rejects(pc: number, read = charAt(this.text, "ptr")): string {
    const code = this.code;
    switch (code[pc]) {
      case Op.LITERAL:
        return `${read} !== ${code[pc + 1]}`;
      case Op.NOT_LITERAL:
        return `${read} === ${code[pc + 1]}`;
      case Op.ANY:
        return `${read} === 10`;
      case Op.ANY_ALL:
        return "false";
    }
    const table = this.table(pc);
    return `((ch = ${read}) < 256 ? ${table}[ch] === 0 : !matchesChar(code, ${pc}, ch))`;
  }

  /** `ptr < end` and the start set allows the character at ptr. */
  private canStart(set: string): string {
    return `(ptr < end && ${set}[(ch = ${charAt(this.text, "ptr")}) < 256 ? ch : 256] !== 0)`;
  }

  /** Statements matching the code from pc to the end of its continuation. */
  private sequence(pc: number): string {
    const code = this.code;
    let out = "let ch = 0;\n";
    // A lower bound of s.lastmark here (-1: none known): the marks this
    // function set so far on its straight path, which nothing in between
    // lowers. A MARK right after mark i-1 or later has no gap to clear.
    let markedTo = -1;
    for (;;) {
      const op = code[pc];
      if (isCharOp(op)) {
        out += `if (ptr >= end || ${this.rejects(pc)}) return false;\nptr++;\n`;
        pc += charOpWidth(code, pc);
        continue;
      }
      switch (op) {
        case Op.MARK: {
          const i = code[pc + 1];
          if (i & 1) out += `s.lastindex = ${(i >> 1) + 1};\n`;
          if (markedTo >= i - 1) {
            if (markedTo < i) out += `if (s.lastmark < ${i}) s.lastmark = ${i};\n`;
          } else {
            out += `if (s.lastmark < ${i}) {\n` +
              `for (let j = s.lastmark + 1; j < ${i}; j++) s.marks[j] = -1;\n` +
              `s.lastmark = ${i};\n}\n`;
          }
          out += `s.marks[${i}] = ptr;\n`;
          if (i > markedTo) markedTo = i;
          pc += 2;
          continue;
        }
        case Op.AT:
          out += `if (!${
            atTest(this.text, code[pc + 1]) ?? `atPosition(s, ptr, ${code[pc + 1]})`
          }) return false;\n`;
          pc += 2;
          continue;
        case Op.SUCCESS:
          return out + `if (${REJECTED_AT_TOP}) return false;\ns.ptr = ptr;\nreturn true;\n`;
        case Op.FAILURE:
          return out + "return false;\n";
        case Op.JUMP:
          return out +
            `s.ptr = ptr;\nreturn ${this.continuation(pc + 1 + code[pc + 1])}(s, ptr, top);\n`;
        case Op.BRANCH:
          return out + this.branch(pc);
        case Op.REPEAT_ONE:
          return out + this.repeatOne(pc);
        case Op.MIN_REPEAT_ONE:
          return out + this.minRepeatOne(pc);
        case Op.POSSESSIVE_REPEAT_ONE:
          // No backtracking into it: the code after goes on in its own function.
          return out + this.count(pc) + `if (count < ${code[pc + 2]}) return false;\n` +
            `ptr += count;\ns.ptr = ptr;\n` +
            `return ${this.continuation(pc + 1 + code[pc + 1])}(s, ptr, top);\n`;
        case Op.REPEAT:
          return out + this.optional(pc);
        case Op.MAX_UNTIL:
        case Op.MIN_UNTIL:
          // The end of an optional body (see optional): the code after it.
          return out + `s.ptr = ptr;\nreturn ${this.continuation(pc + 1)}(s, ptr, top);\n`;
        case Op.ASSERT:
        case Op.ASSERT_NOT:
          out += this.assertion(pc);
          pc += 1 + code[pc + 1];
          markedTo = -1; // (what the body's call leaves is not tracked)
          continue;
        case Op.ATOMIC_GROUP:
          // <ATOMIC_GROUP> <skip> body <SUCCESS> tail: the body's first
          // match (never toplevel), then the tail from its end, no retry.
          out += `s.ptr = ptr;\nif (!${this.continuation(pc + 2)}(s, ptr, false)) return false;\n` +
            "ptr = s.ptr;\n";
          pc += 1 + code[pc + 1];
          markedTo = -1;
          continue;
        case Op.GROUPREF:
        case Op.GROUPREF_IGNORE:
        case Op.GROUPREF_UNI_IGNORE:
        case Op.GROUPREF_LOC_IGNORE:
          out += `{\nconst after = matchGroupRef(s, ${op}, ${2 * code[pc + 1]}, ptr);\n` +
            "if (after < 0) return false;\nptr = after;\n}\n";
          pc += 2;
          continue;
        case Op.GROUPREF_EXISTS: {
          // <GROUPREF_EXISTS> <group> <skip> yes <JUMP> no: the engine's test of the marks.
          const mark = 2 * code[pc + 1];
          const no = this.continuation(pc + 1 + code[pc + 2]);
          const yes = this.continuation(pc + 3);
          return out + "s.ptr = ptr;\n" +
            `if (${mark} >= s.lastmark || s.marks[${mark}] < 0 || s.marks[${mark + 1}] < 0 || ` +
            `s.marks[${mark + 1}] < s.marks[${mark}]) return ${no}(s, ptr, top);\n` +
            `return ${yes}(s, ptr, top);\n`;
        }
        default:
          throw UNSUPPORTED;
      }
    }
  }

  /** `const count = ...`: how many times the item of the repeat at pc matches, up to max. */
  private count(pc: number): string {
    const code = this.code;
    const item = pc + 4;
    const op = code[item];
    if (!isCharOp(op)) throw UNSUPPORTED;
    const max = code[pc + 3];
    let out = `if (${code[pc + 2]} > end - ptr) return false;\n`;
    if (op === Op.NOT_LITERAL || op === Op.ANY || op === Op.ANY_ALL) {
      // countRepeats scans for the character with indexOf.
      return out + `s.ptr = ptr;\nconst count = countRepeats(s, ${item}, ${max}, subMatch);\n`;
    }
    const limit = max === SRE_MAXREPEAT ? "end" : `end - ptr > ${max} ? ptr + ${max} : end`;
    out += `let q = ptr;\nconst limit = ${limit};\n`;
    out += `for (; q < limit; q++) if (${this.rejects(item, charAt(this.text, "q"))}) break;\n`;
    return out + "const count = q - ptr;\n";
  }

  /**
   * <REPEAT> <skip> <min> <max=1> body <MAX_UNTIL|MIN_UNTIL> tail: `(...)?`
   * and `(...)??`. With one iteration at most, the engine's repeat context
   * changes nothing visible: the marks it saves around the body are ones
   * the body sets for the first time on this path (lastmark, restored
   * here, already disowns them), and the empty-iteration check cannot fire.
   * Greedy: body then tail, else the tail alone; lazy: the other way round.
   */
  private optional(pc: number): string {
    const code = this.code;
    if (code[pc + 3] !== 1) throw UNSUPPORTED;
    const until = pc + 1 + code[pc + 1];
    const body = this.continuation(pc + 4);
    const tail = this.continuation(until + 1);
    if (code[pc + 2] !== 0) return `s.ptr = ptr;\nreturn ${body}(s, ptr, top);\n`;
    const [first, second] = code[until] === Op.MAX_UNTIL ? [body, tail] : [tail, body];
    return "const lastmark = s.lastmark, lastindex = s.lastindex;\n" +
      `s.ptr = ptr;\nif (${first}(s, ptr, top)) return true;\n` +
      "s.lastmark = lastmark;\ns.lastindex = lastindex;\n" +
      `s.ptr = ptr;\nreturn ${second}(s, ptr, top);\n`;
  }

  /**
   * <ASSERT|ASSERT_NOT> <skip> <back> body <SUCCESS>: the body runs as a
   * sub-match from ptr - back, never toplevel. A lookahead's marks stay; a
   * negative one that fails restores lastmark/lastindex, as the engine.
   */
  private assertion(pc: number): string {
    const code = this.code;
    const back = code[pc + 2];
    const body = `${this.continuation(pc + 3)}(s, ptr - ${back}, false)`;
    if (code[pc] === Op.ASSERT) {
      return `if (ptr < ${back}) return false;\ns.ptr = ptr - ${back};\n` +
        `if (!${body}) return false;\n`;
    }
    return `if (ptr >= ${back}) {\nconst lastmark = s.lastmark, lastindex = s.lastindex;\n` +
      `s.ptr = ptr - ${back};\nif (${body}) return false;\n` +
      "s.lastmark = lastmark;\ns.lastindex = lastindex;\n}\n";
  }

  private branch(pc: number): string {
    const code = this.code;
    let out = "const lastmark = s.lastmark, lastindex = s.lastindex;\n";
    for (let at = pc + 1; code[at] !== 0; at += code[at]) {
      const start = this.plan.startAt(at + 1);
      const call = `s.ptr = ptr;\nif (${this.continuation(at + 1)}(s, ptr, top)) return true;\n` +
        "s.lastmark = lastmark;\ns.lastindex = lastindex;\n";
      out += start === null
        ? `{\n${call}}\n`
        : `if (${this.canStart(this.set(start))}) {\n${call}}\n`;
    }
    return out + "return false;\n";
  }

  private repeatOne(pc: number): string {
    const code = this.code;
    const min = code[pc + 2];
    const tail = pc + 1 + code[pc + 1];
    let out = this.count(pc) + `if (count < ${min}) return false;\nptr += count;\n`;
    if (code[tail] === Op.SUCCESS) {
      // As the engine: the longest count is the only candidate.
      return out + `if (${REJECTED_AT_TOP}) return false;\ns.ptr = ptr;\nreturn true;\n`;
    }
    const next = this.continuation(tail);
    const start = this.plan.startAt(tail);
    out += "const lastmark = s.lastmark, lastindex = s.lastindex;\n" +
      "for (let n = count; n >= " + min + "; n--, ptr--) {\n";
    if (start !== null) out += `if (!${this.canStart(this.set(start))}) continue;\n`;
    return out + `s.ptr = ptr;\nif (${next}(s, ptr, top)) return true;\n` +
      "s.lastmark = lastmark;\ns.lastindex = lastindex;\n}\nreturn false;\n";
  }

  private minRepeatOne(pc: number): string {
    const code = this.code;
    const min = code[pc + 2];
    const max = code[pc + 3];
    const tail = pc + 1 + code[pc + 1];
    const next = this.continuation(tail);
    const start = this.plan.startAt(tail);
    if (!isCharOp(code[pc + 4])) throw UNSUPPORTED;
    let out = `if (${min} > end - ptr) return false;\nlet count = 0;\n`;
    if (min !== 0) {
      out += `s.ptr = ptr;\ncount = countRepeats(s, ${pc + 4}, ${min}, subMatch);\n` +
        `if (count < ${min}) return false;\nptr += count;\n`;
    }
    const bound = max === SRE_MAXREPEAT ? "true" : `count <= ${max}`;
    const canStart = start === null ? "true" : this.canStart(this.set(start));
    return out + "const lastmark = s.lastmark, lastindex = s.lastindex;\n" +
      `while (${bound}) {\n` +
      `if (${canStart}) {\ns.ptr = ptr;\nif (${next}(s, ptr, top)) return true;\n` +
      "s.lastmark = lastmark;\ns.lastindex = lastindex;\n}\n" +
      `if (ptr >= end || ${this.rejects(pc + 4)}) return false;\n` +
      "ptr++;\ncount++;\n}\nreturn false;\n";
  }
}
