/**
 * The code generator's shared state: the stack of code units being built,
 * source locations, name resolution and closure construction. The visitors
 * for statements, expressions, calls, definitions, comprehensions, exception
 * handling and pattern matching live in sibling files and take a `Compiler`.
 *
 * Name resolution follows CPython's compiler_nameop: the symbol table's
 * scope of the (mangled) name picks fast locals in function scopes, cells
 * for CELL/FREE, globals for explicit globals (and implicit ones inside
 * functions), and the dict-based *_NAME ops everywhere else.
 */
import type { Node, Stmt } from "../ast.ts";
import { CodeFlag, CodeObject } from "../code.ts";
import { PySyntaxError } from "../errors.ts";
import { Op } from "../opcodes.ts";
import { mangle, Scope, SymbolFlag, type SymbolTable } from "../symtable.ts";
import { makeCodeObject } from "./assembler.ts";
import { CodeUnit, Label, type Location, NO_LOCATION, type ScopeKind } from "./unit.ts";

export interface CompilerOptions {
  optimize: 0 | 1 | 2;
  /** Future and other co_flags bits inherited from the caller (PyCF_MASK bits). */
  flags: number;
  interactive: boolean;
  /** PyCF_ALLOW_TOP_LEVEL_AWAIT: await/async for/async with at module level. */
  allowTopLevelAwait: boolean;
  /** Source lines for SyntaxError.text, when known. */
  sourceLines: string[] | null;
  /** Receives SyntaxWarnings; returning true makes the warning an error. */
  onWarning: ((warning: CompilerWarning) => boolean) | null;
}

export interface CompilerWarning {
  category: "SyntaxWarning";
  message: string;
  filename: string;
  lineno: number;
  offset: number;
}

export type NameContext = "Load" | "Store" | "Del";

interface Positioned {
  lineno: number;
  col_offset: number;
  end_lineno?: number | null;
  end_col_offset?: number | null;
}

export function locationOf(node: Positioned): Location {
  return {
    lineno: node.lineno,
    endLineno: node.end_lineno ?? node.lineno,
    col: node.col_offset,
    endCol: node.end_col_offset ?? node.col_offset,
  };
}

export class Compiler {
  private readonly units: CodeUnit[] = [];
  unit!: CodeUnit;
  /** Line of the module's last valid future import (see future.ts). */
  lastFutureLine = 0;

  constructor(
    readonly filename: string,
    readonly symtable: SymbolTable,
    readonly options: CompilerOptions,
  ) {}

  get optimize(): number {
    return this.options.optimize;
  }
  get futureFlags(): number {
    return this.options.flags;
  }

  // ---- errors --------------------------------------------------------------

  /** A SyntaxError at the current location (CPython's compiler_error). */
  error(msg: string, at?: Positioned): never {
    const location = at !== undefined ? locationOf(at) : this.unit.location;
    const text = this.options.sourceLines?.[location.lineno - 1] ?? null;
    throw new PySyntaxError(
      "SyntaxError",
      msg,
      this.filename,
      location.lineno,
      location.col + 1,
      text === null ? null : text + "\n",
      location.endLineno,
      location.endCol + 1,
    );
  }

  /** Issues a SyntaxWarning at the current location (CPython's compiler_warn). */
  warn(message: string): void {
    const handler = this.options.onWarning;
    if (handler === null) return;
    const location = this.unit.location;
    const raise = handler({
      category: "SyntaxWarning",
      message,
      filename: this.filename,
      lineno: location.lineno,
      offset: location.col + 1,
    });
    if (raise) this.error(message);
  }

  // ---- locations -----------------------------------------------------------

  setLocation(node: Positioned): void {
    this.unit.location = locationOf(node);
  }
  unsetLocation(): void {
    this.unit.location = NO_LOCATION;
  }
  /**
   * CPython's update_start_location_to_match_attr: when an attribute's name
   * is on a later line than where the current location starts (a chained
   * call split over lines), the attribute access and its call are located
   * from the attribute name on, so tracebacks point at `.name(...)`.
   */
  moveStartToAttribute(attribute: Node<"Attribute">): void {
    const current = this.unit.location;
    if (current.lineno === attribute.end_lineno) return;
    const length = [...attribute.attr].length;
    let col = attribute.end_col_offset - length;
    let endCol = current.endCol;
    if (length > attribute.end_col_offset) {
      col = -1;
      endCol = -1;
    }
    const lineno = attribute.end_lineno;
    const endLineno = Math.max(lineno, current.endLineno);
    if (lineno === endLineno) endCol = Math.max(col, endCol);
    this.unit.location = { lineno, endLineno, col, endCol };
  }

  /** Runs `body` with the location of `node`, restoring the previous one. */
  at<T>(node: Positioned, body: () => T): T {
    const saved = this.unit.location;
    this.unit.location = locationOf(node);
    try {
      return body();
    } finally {
      this.unit.location = saved;
    }
  }

  // ---- emission shorthands -------------------------------------------------

  emit(op: number, arg = 0): void {
    this.unit.emit(op, arg);
  }
  jump(op: number, target: Label): void {
    this.unit.emitJump(op, target);
  }
  newLabel(): Label {
    return new Label();
  }
  newHandlerLabel(): Label {
    return new Label(true);
  }
  bind(label: Label): void {
    this.unit.bind(label);
  }
  loadConst(value: Parameters<CodeUnit["addConst"]>[0]): void {
    this.emit(Op.LOAD_CONST, this.unit.addConst(value));
  }
  /** Emits an op whose argument is a (mangled) name in co_names. */
  emitName(op: number, name: string): void {
    this.emit(op, this.unit.addName(mangle(this.unit.privateName, name)));
  }
  /** Like emitName, without mangling (CPython's ADDOP_N). */
  emitRawName(op: number, name: string): void {
    this.emit(op, this.unit.addName(name));
  }

  /** CPython's CO_MAXBLOCKS: how many frame blocks may be open at once. */
  static readonly MAX_FRAME_BLOCKS = 20;

  pushFrameBlock(...args: Parameters<CodeUnit["pushFrameBlock"]>): void {
    if (this.unit.frameBlocks.length >= Compiler.MAX_FRAME_BLOCKS) {
      this.error("too many statically nested blocks");
    }
    this.unit.pushFrameBlock(...args);
  }

  // ---- scopes --------------------------------------------------------------

  get depth(): number {
    return this.units.length;
  }
  get parentUnit(): CodeUnit | null {
    return this.units.length >= 2 ? this.units[this.units.length - 2] : null;
  }

  enterScope(name: string, kind: ScopeKind, node: object, firstlineno: number): CodeUnit {
    const symbols = this.symtable.lookup(node);
    const parent = this.units.length > 0 ? this.unit : null;
    // co_cellvars order (CPython 3.11's localsplus): cells that are parameters in
    // parameter order, then the other cells sorted.
    const isCell = (cellName: string) => symbols.scopeOf(cellName) === Scope.CELL;
    const parameterCells = symbols.varnames.filter(isCell);
    const otherCells = [...symbols.scopes.keys()].filter((cellName) =>
      isCell(cellName) && !symbols.varnames.includes(cellName)
    ).sort(compareCodePoints);
    const cellvars = [...parameterCells, ...otherCells];
    if (symbols.needsClassClosure) cellvars.push("__class__");
    const freevars = [...symbols.symbols].filter(([freeName, flags]) =>
      symbols.scopeOf(freeName) === Scope.FREE || (flags & SymbolFlag.DEF_FREE_CLASS) !== 0
    ).map(([freeName]) => freeName).sort(compareCodePoints);
    const qualname = this.qualnameFor(name, kind, parent);
    const privateName = parent?.privateName ?? null;
    const unit = new CodeUnit(
      name,
      qualname,
      kind,
      symbols,
      firstlineno,
      privateName,
      cellvars,
      freevars,
    );
    this.units.push(unit);
    this.unit = unit;
    // CPython places a module's prologue on line 0, a function's on its first line.
    unit.location = kind === "module"
      ? { lineno: 0, endLineno: 1, col: 0, endCol: 0 }
      : { lineno: firstlineno, endLineno: firstlineno, col: 0, endCol: 0 };
    this.emitPrologue(unit);
    return unit;
  }

  private emitPrologue(unit: CodeUnit): void {
    for (let i = 0; i < unit.cellvars.length; i++) this.emit(Op.MAKE_CELL, i);
    if (unit.freevars.length > 0) this.emit(Op.COPY_FREE_VARS, unit.freevars.length);
    if (unit.symbols.generator || unit.symbols.coroutine) {
      // Module code with top-level await (PyCF_ALLOW_TOP_LEVEL_AWAIT) is a
      // coroutine too: calling it as a function makes the coroutine.
      const topLevelCoroutine = unit.scopeKind === "module" && this.isTopLevelAwait &&
        unit.symbols.coroutine && !unit.symbols.generator;
      if ((unit.scopeKind !== "module" && unit.scopeKind !== "class") || topLevelCoroutine) {
        this.emit(Op.RETURN_GENERATOR);
        this.emit(Op.POP_TOP);
      }
    }
    this.emit(Op.RESUME, 0);
  }

  private qualnameFor(name: string, kind: ScopeKind, parent: CodeUnit | null): string {
    if (parent === null || parent.scopeKind === "module") return name;
    if (kind === "function" || kind === "async_function" || kind === "class") {
      const mangled = mangle(parent.privateName, name);
      if (parent.symbols.scopeOf(mangled) === Scope.GLOBAL_EXPLICIT) return name;
    }
    const parentIsFunction = parent.scopeKind === "function" ||
      parent.scopeKind === "async_function" || parent.scopeKind === "lambda";
    return parent.qualname + (parentIsFunction ? ".<locals>." : ".") + name;
  }

  /** Finishes the current unit (adding `return None` if needed) and pops it. */
  exitScope(addReturnNone = true): CodeObject {
    const unit = this.unit;
    if (unit.endReachable) {
      this.unsetLocation();
      if (addReturnNone) this.loadConst(null);
      this.emit(Op.RETURN_VALUE);
    }
    const code = makeCodeObject(unit, this.filename, this.codeFlags(unit));
    this.units.pop();
    this.unit = this.units[this.units.length - 1];
    return code;
  }

  private codeFlags(unit: CodeUnit): number {
    const symbols = unit.symbols;
    let flags = 0;
    if (symbols.type === "function") {
      flags |= CodeFlag.CO_NEWLOCALS | CodeFlag.CO_OPTIMIZED;
      if (symbols.nested) flags |= CodeFlag.CO_NESTED;
      if (symbols.generator && !symbols.coroutine) flags |= CodeFlag.CO_GENERATOR;
      if (!symbols.generator && symbols.coroutine) flags |= CodeFlag.CO_COROUTINE;
      if (symbols.generator && symbols.coroutine) flags |= CodeFlag.CO_ASYNC_GENERATOR;
      if (symbols.varargs) flags |= CodeFlag.CO_VARARGS;
      if (symbols.varkeywords) flags |= CodeFlag.CO_VARKEYWORDS;
    }
    flags |= this.futureFlags;
    if (this.isTopLevelAwait && symbols.coroutine && !symbols.generator) {
      flags |= CodeFlag.CO_COROUTINE;
    }
    return flags;
  }

  get isTopLevelAwait(): boolean {
    return this.options.allowTopLevelAwait && this.unit.scopeKind === "module";
  }

  // ---- names ---------------------------------------------------------------

  checkForbiddenName(name: string, context: NameContext, at?: Positioned): void {
    if (name !== "__debug__") return;
    if (context === "Store") this.error("cannot assign to __debug__", at);
    if (context === "Del") this.error("cannot delete __debug__", at);
  }

  /** Load/store/delete a variable (CPython's compiler_nameop). */
  nameOp(name: string, context: NameContext): void {
    this.checkForbiddenName(name, context);
    const unit = this.unit;
    const mangled = mangle(unit.privateName, name);
    const scope = unit.symbols.scopeOf(mangled);
    const isFunction = unit.symbols.type === "function";
    if (scope === Scope.FREE || scope === Scope.CELL) {
      const index = scope === Scope.FREE ? unit.freeIndex(mangled) : unit.cellIndex(mangled);
      const op = context === "Load"
        ? (unit.symbols.type === "class" ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF)
        : context === "Store"
        ? Op.STORE_DEREF
        : Op.DELETE_DEREF;
      this.emit(op, index);
      return;
    }
    if (scope === Scope.LOCAL && isFunction) {
      const op = context === "Load"
        ? Op.LOAD_FAST
        : context === "Store"
        ? Op.STORE_FAST
        : Op.DELETE_FAST;
      this.emit(op, unit.addVarname(mangled));
      return;
    }
    if (scope === Scope.GLOBAL_EXPLICIT || (scope === Scope.GLOBAL_IMPLICIT && isFunction)) {
      const op = context === "Load"
        ? Op.LOAD_GLOBAL
        : context === "Store"
        ? Op.STORE_GLOBAL
        : Op.DELETE_GLOBAL;
      this.emit(op, unit.addName(mangled));
      return;
    }
    const op = context === "Load"
      ? Op.LOAD_NAME
      : context === "Store"
      ? Op.STORE_NAME
      : Op.DELETE_NAME;
    this.emit(op, unit.addName(mangled));
  }

  /**
   * Pushes a function built from `code` (CPython's compiler_make_closure):
   * the closure tuple of the cells it needs, then MAKE_FUNCTION. The
   * defaults/kwdefaults/annotations selected by `flags` are already pushed.
   */
  makeClosure(code: CodeObject, flags: number): void {
    if (code.co_freevars.length > 0) {
      for (const name of code.co_freevars) {
        this.emit(Op.LOAD_CLOSURE, this.closureIndex(name));
      }
      this.emit(Op.BUILD_TUPLE, code.co_freevars.length);
      flags |= 8;
    }
    this.loadConst(code);
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  private closureIndex(name: string): number {
    const unit = this.unit;
    if (unit.scopeKind === "class" && name === "__class__") return unit.cellIndex(name);
    const scope = unit.symbols.scopeOf(name);
    if (scope === Scope.CELL) return unit.cellIndex(name);
    if (unit.freevars.includes(name)) return unit.freeIndex(name);
    throw new Error(
      `compiler bug: lookup ${name} in ${unit.qualname} ${scope}, freevars of child`,
    );
  }
}

/** Sorting like CPython's PyUnicode compare (code points, not UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const difference = left[i].codePointAt(0)! - right[i].codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/** The docstring of a body, if its first statement is a string constant. */
export function docstringOf(body: Stmt[]): string | null {
  const first = body[0];
  if (first === undefined || first._type !== "Expr") return null;
  const value = first.value;
  return value._type === "Constant" && typeof value.value === "string" ? value.value : null;
}
