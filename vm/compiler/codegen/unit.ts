/**
 * One code object under construction: its instruction list, labels, constant
 * and name tables, the exception-handler stack and the frame-block stack.
 *
 * Instructions are emitted linearly; jumps name a `Label` that is bound to an
 * instruction index later. The assembler (assembler.ts) resolves labels,
 * drops pseudo-ops and unreachable code, and checks stack depths.
 *
 * Exception handlers: `setupHandler` emits a SETUP_* pseudo-op (so the stack
 * analysis learns the handler's entry depth) and pushes the handler on the
 * current handler stack; every instruction records the innermost handler
 * active when it was emitted, and that becomes the exception table. The
 * handler stack is flow-sensitive like CPython's block stack: a label
 * remembers the handler stack at the jumps that reach it, and binding a label
 * after a terminator (so control can only arrive by jumping) restores it.
 * A handler label restores the stack as it was before its SETUP.
 */
import { Ellipsis, PyBytes, PyComplex, PyFloat } from "../ast.ts";
import { type CodeConstant, CodeObject, FrozenSetConstant } from "../code.ts";
import { isTerminator, Op, opSpec } from "../opcodes.ts";
import type { SymbolScope } from "../symtable.ts";
import { PyWideStr } from "../../objects/str_wide.ts";

export class Label {
  /** Instruction index this label is bound to, -1 until bound. */
  index = -1;
  /** Handler stack of the code that jumps here (see module comment). */
  handlers: HandlerStack | null = null;
  constructor(readonly isHandler = false) {}
}

export interface Handler {
  readonly label: Label;
  readonly lasti: boolean;
}
export type HandlerStack = readonly Handler[];

export interface Location {
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}
export const NO_LOCATION: Location = Object.freeze({
  lineno: -1,
  endLineno: -1,
  col: -1,
  endCol: -1,
});

export interface Instruction {
  op: number;
  arg: number;
  target: Label | null;
  location: Location;
  handler: Handler | null;
}

export type ScopeKind =
  | "module"
  | "class"
  | "function"
  | "async_function"
  | "lambda"
  | "comprehension";

export type FrameBlockKind =
  | "WHILE_LOOP"
  | "FOR_LOOP"
  | "TRY_EXCEPT"
  | "FINALLY_TRY"
  | "FINALLY_END"
  | "WITH"
  | "ASYNC_WITH"
  | "HANDLER_CLEANUP"
  | "POP_VALUE"
  | "EXCEPTION_HANDLER"
  | "EXCEPTION_GROUP_HANDLER"
  | "ASYNC_COMPREHENSION_GENERATOR";

/** A statement-level construct that break/continue/return must unwind. */
export interface FrameBlock {
  kind: FrameBlockKind;
  /** Loop start (continue target) for loops. */
  block: Label | null;
  /** Loop exit (break target) for loops. */
  exit: Label | null;
  /** FINALLY_TRY: the finally body; HANDLER_CLEANUP: the bound name; WITH: the statement. */
  datum: unknown;
}

/** Key that distinguishes constants CPython would keep apart (1, 1.0, True, -0.0). */
export function constantKey(value: CodeConstant): string {
  if (value === null) return "None";
  switch (typeof value) {
    case "boolean":
      return value ? "True" : "False";
    case "number":
      return "i" + value;
    case "bigint":
      return "I" + value;
    case "string":
      return "s" + value;
  }
  if (value instanceof CodeObject) return "C" + codeFingerprint(value);
  if (value instanceof FrozenSetConstant) {
    return "F(" + value.items.map((item) => constantKey(item)).join(",") + ")";
  }
  if (Array.isArray(value)) return "(" + value.map((item) => constantKey(item)).join(",") + ")";
  if (value === Ellipsis) return "...";
  if (value instanceof PyBytes) return "b" + value.bytes.join(",");
  if (value instanceof PyComplex) return "c" + floatKey(value.real) + "," + floatKey(value.imag);
  if (value instanceof PyFloat) return "f" + floatKey(value.value);
  if (value instanceof PyWideStr) return "w" + value.codePoints.join(",");
  throw new Error("compiler bug: unknown constant");
}

/**
 * Code objects that are equal by value share one co_consts slot, as CPython's
 * code equality does (it matters for `finally` bodies, compiled twice).
 */
const fingerprints = new WeakMap<CodeObject, string>();
function codeFingerprint(code: CodeObject): string {
  let fingerprint = fingerprints.get(code);
  if (fingerprint === undefined) {
    fingerprint = JSON.stringify([
      code.co_name,
      code.co_argcount,
      code.co_posonlyargcount,
      code.co_kwonlyargcount,
      code.co_flags,
      code.co_firstlineno,
      Array.from(code.code),
      code.co_consts.map(constantKey),
      code.co_names,
      code.co_varnames,
      code.co_cellvars,
      code.co_freevars,
      Array.from(code.positions),
      Array.from(code.exceptionTable),
    ]);
    fingerprints.set(code, fingerprint);
  }
  return fingerprint;
}

function floatKey(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}

export class CodeUnit {
  readonly instructions: Instruction[] = [];
  readonly consts: CodeConstant[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[];
  private readonly varnameIndex = new Map<string, number>();
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly frameBlocks: FrameBlock[] = [];
  handlers: HandlerStack = [];
  location: Location = NO_LOCATION;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** Class name used for private-name mangling inside this unit. */
  privateName: string | null;

  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly scopeKind: ScopeKind,
    readonly symbols: SymbolScope,
    readonly firstlineno: number,
    privateName: string | null,
    cellvars: string[],
    freevars: string[],
  ) {
    this.privateName = privateName;
    this.varnames = [...symbols.varnames];
    this.varnames.forEach((name, index) => this.varnameIndex.set(name, index));
    this.cellvars = cellvars;
    this.freevars = freevars;
  }

  emit(op: number, arg = 0, target: Label | null = null): void {
    const handler = this.handlers.length > 0 ? this.handlers[this.handlers.length - 1] : null;
    this.instructions.push({ op, arg, target, location: this.location, handler });
    if (target !== null && target.handlers === null) target.handlers = this.handlers;
  }

  emitJump(op: number, target: Label): void {
    this.emit(op, 0, target);
  }

  /** Emits SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH and makes its handler current. */
  setupHandler(op: number, label: Label): void {
    label.handlers = this.handlers;
    this.emit(op, 0, label);
    const lasti = op !== Op.SETUP_FINALLY;
    this.handlers = [...this.handlers, { label, lasti }];
  }

  /** CPython's POP_BLOCK: the innermost handler stops covering what follows. */
  popHandler(): void {
    if (this.handlers.length === 0) throw new Error("compiler bug: handler stack underflow");
    this.handlers = this.handlers.slice(0, -1);
  }

  /** Index where a label was last bound (so control may arrive by a jump). */
  private lastBoundAt = -1;

  /** Can the previous instruction fall through to the next one? */
  get fallsThrough(): boolean {
    const last = this.instructions[this.instructions.length - 1];
    return last === undefined || !isTerminator(last.op) || opSpec(last.op).conditional === true;
  }

  /** Is the current end of the code reachable (by falling through or a jump)? */
  get endReachable(): boolean {
    return this.fallsThrough || this.lastBoundAt === this.instructions.length;
  }

  bind(label: Label): void {
    if (label.index >= 0) throw new Error("compiler bug: label bound twice");
    label.index = this.instructions.length;
    this.lastBoundAt = label.index;
    if (label.handlers === null) {
      label.handlers = this.handlers;
    } else if (!this.fallsThrough || label.isHandler) {
      this.handlers = label.handlers;
    }
  }

  addConst(value: CodeConstant): number {
    const key = constantKey(value);
    const existing = this.constIndex.get(key);
    if (existing !== undefined) return existing;
    this.constIndex.set(key, this.consts.length);
    this.consts.push(value);
    return this.consts.length - 1;
  }

  addName(name: string): number {
    let index = this.nameIndex.get(name);
    if (index === undefined) {
      index = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, index);
    }
    return index;
  }

  addVarname(name: string): number {
    let index = this.varnameIndex.get(name);
    if (index === undefined) {
      index = this.varnames.length;
      this.varnames.push(name);
      this.varnameIndex.set(name, index);
    }
    return index;
  }

  cellIndex(name: string): number {
    const index = this.cellvars.indexOf(name);
    if (index < 0) throw new Error(`compiler bug: no cell for ${name}`);
    return index;
  }
  freeIndex(name: string): number {
    const index = this.freevars.indexOf(name);
    if (index < 0) throw new Error(`compiler bug: no free variable ${name}`);
    return this.cellvars.length + index;
  }

  pushFrameBlock(kind: FrameBlockKind, block: Label | null, exit: Label | null, datum: unknown) {
    this.frameBlocks.push({ kind, block, exit, datum });
  }
  popFrameBlock(kind: FrameBlockKind): void {
    const top = this.frameBlocks.pop();
    if (top?.kind !== kind) throw new Error(`compiler bug: frame block ${kind} mismatch`);
  }
}
