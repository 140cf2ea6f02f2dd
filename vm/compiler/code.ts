/**
 * Code objects: the compiler's output and the interpreter's input.
 *
 * Python-visible attributes keep CPython's co_* names. Frame layout for the
 * interpreter: fast locals are `co_varnames` (parameters first, in CPython's
 * order); cells and free variables live in a second array indexed by the
 * "cell" operand: `co_cellvars` then `co_freevars`. A cell variable that is
 * also a parameter appears in both co_varnames and co_cellvars (as in CPython
 * 3.11); `cellParameterIndex` says which parameter MAKE_CELL copies in.
 *
 * Exception table: one entry per maximal run of instructions sharing the same
 * handler, as flat Int32Array rows of EXCEPTION_ENTRY_SIZE words:
 * [start, end (exclusive), handler, depth, lasti]. When instruction i raises,
 * the first row with start <= i < end applies: the stack is cut to `depth`
 * items, i is pushed when `lasti` is 1, then the exception; execution goes to
 * `handler`. Rows never overlap (nesting is resolved at compile time).
 *
 * Positions: four words per instruction [lineno, end_lineno, col_offset,
 * end_col_offset]; -1 means "no position" (CPython's None). Columns are UTF-8
 * byte offsets like the AST's.
 */
import type { ConstantValue } from "./ast.ts";

export const CodeFlag = {
  CO_OPTIMIZED: 0x1,
  CO_NEWLOCALS: 0x2,
  CO_VARARGS: 0x4,
  CO_VARKEYWORDS: 0x8,
  CO_NESTED: 0x10,
  CO_GENERATOR: 0x20,
  CO_NOFREE: 0x40,
  CO_COROUTINE: 0x80,
  CO_ITERABLE_COROUTINE: 0x100,
  CO_ASYNC_GENERATOR: 0x200,
} as const;

/** A frozenset constant (produced by folding `x in {1, 2}`). */
export class FrozenSetConstant {
  constructor(readonly items: readonly ConstantValue[]) {}
}

export type CodeConstant = ConstantValue | CodeObject | FrozenSetConstant;

export const EXCEPTION_ENTRY_SIZE = 5;
export const POSITION_SIZE = 4;

export interface ExceptionEntry {
  start: number;
  end: number;
  handler: number;
  depth: number;
  lasti: boolean;
}

export class CodeObject {
  constructor(
    readonly co_name: string,
    readonly co_qualname: string,
    readonly co_filename: string,
    readonly co_firstlineno: number,
    readonly co_argcount: number,
    readonly co_posonlyargcount: number,
    readonly co_kwonlyargcount: number,
    readonly co_varnames: readonly string[],
    readonly co_cellvars: readonly string[],
    readonly co_freevars: readonly string[],
    readonly co_names: readonly string[],
    readonly co_consts: readonly CodeConstant[],
    readonly co_flags: number,
    readonly co_stacksize: number,
    /** [opcode, arg] pairs; see opcodes.ts. */
    readonly code: Int32Array,
    /** Rows of EXCEPTION_ENTRY_SIZE words; see the module comment. */
    readonly exceptionTable: Int32Array,
    /**
     * POSITION_SIZE words per instruction, or what makes them on first use:
     * a code cache entry's are decoded only when a traceback, a line number or
     * co_positions() asks (they are most of an entry, and most never are).
     */
    positions: Int32Array | (() => Int32Array),
    /** For each cell variable, the parameter index it starts from, or -1. */
    readonly cellParameterIndex: Int32Array,
  ) {
    this.positionWords = positions;
    this.localCount = co_varnames.length;
    this.cellvarCount = co_cellvars.length;
    this.cellCount = co_cellvars.length + co_freevars.length;
  }

  // The lengths the eval loop and frames read at every call and return, as
  // numbers of this one class: co_varnames and co_cellvars are arrays of
  // several V8 elements kinds (the compiler's packed, the code cache's holey,
  // empty ones of small ints), so their lengths were loads V8 specialised to
  // the kinds seen so far, and threw its optimised code away at a new one.
  /** co_varnames.length: the fast locals, where the value stack starts. */
  declare readonly localCount: number;
  /** co_cellvars.length: where the free variables' cells start. */
  declare readonly cellvarCount: number;
  /** co_cellvars.length + co_freevars.length. */
  declare readonly cellCount: number;

  private positionWords: Int32Array | (() => Int32Array);

  /** POSITION_SIZE words per instruction. */
  get positions(): Int32Array {
    const words = this.positionWords;
    return typeof words === "function" ? (this.positionWords = words()) : words;
  }

  /** The run time's companion data (vm/runtime/constants.ts: constants as pushed, inline caches). */
  runtime: unknown = undefined;

  get co_nlocals(): number {
    return this.localCount;
  }
  get instructionCount(): number {
    return this.code.length >> 1;
  }

  /** The docstring, which CPython 3.11 keeps as co_consts[0] of functions. */
  get docstring(): string | null {
    const first = this.co_consts[0];
    return typeof first === "string" ? first : null;
  }

  exceptionEntries(): ExceptionEntry[] {
    const out: ExceptionEntry[] = [];
    const table = this.exceptionTable;
    for (let row = 0; row < table.length; row += EXCEPTION_ENTRY_SIZE) {
      out.push({
        start: table[row],
        end: table[row + 1],
        handler: table[row + 2],
        depth: table[row + 3],
        lasti: table[row + 4] === 1,
      });
    }
    return out;
  }

  /** The handler row index for instruction `index`, or -1 (hot path of raising). */
  findHandler(index: number): number {
    const table = this.exceptionTable;
    for (let row = 0; row < table.length; row += EXCEPTION_ENTRY_SIZE) {
      if (table[row] <= index && index < table[row + 1]) return row;
    }
    return -1;
  }

  lineOf(index: number): number {
    return this.positions[index * POSITION_SIZE];
  }

  /**
   * co_positions(): (lineno, end_lineno, col_offset, end_col_offset) per
   * instruction, null where unknown.
   */
  *instructionPositions(): Generator<[number | null, number | null, number | null, number | null]> {
    const p = this.positions;
    const orNull = (value: number) => (value < 0 ? null : value);
    for (let i = 0; i < p.length; i += POSITION_SIZE) {
      yield [orNull(p[i]), orNull(p[i + 1]), orNull(p[i + 2]), orNull(p[i + 3])];
    }
  }

  /**
   * co_lines() in instruction units: [start, end, line|null] for each maximal
   * run of instructions on one line. Python-facing byte offsets are 2 * index.
   */
  lineRanges(): [number, number, number | null][] {
    const out: [number, number, number | null][] = [];
    const count = this.instructionCount;
    for (let i = 0; i < count; i++) {
      const raw = this.positions[i * POSITION_SIZE];
      const line = raw < 0 ? null : raw;
      const last = out[out.length - 1];
      if (last !== undefined && last[2] === line) last[1] = i + 1;
      else out.push([i, i + 1, line]);
    }
    return out;
  }
}
