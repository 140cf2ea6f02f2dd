/**
 * The symbol table's data model: per-name flags (CPython's DEF_* bits), final
 * scopes, one SymbolScope per block, and private-name mangling. The passes
 * that fill it are symtable_collect.ts and symtable_analyze.ts; the entry
 * point and the overall story are in symtable.ts.
 */

/** Raw per-name facts from pass 1 (CPython's DEF_* bits). */
export const SymbolFlag = {
  DEF_GLOBAL: 1,
  DEF_LOCAL: 2,
  DEF_PARAM: 4,
  DEF_NONLOCAL: 8,
  USE: 16,
  DEF_FREE: 32,
  DEF_FREE_CLASS: 64,
  DEF_IMPORT: 128,
  DEF_ANNOT: 256,
  DEF_COMP_ITER: 512,
} as const;
const F = SymbolFlag;
export const DEF_BOUND = F.DEF_LOCAL | F.DEF_PARAM | F.DEF_IMPORT;

/** Final scope of a name (CPython's values, as `symtable` reports them). */
export const Scope = {
  LOCAL: 1,
  GLOBAL_EXPLICIT: 2,
  GLOBAL_IMPLICIT: 3,
  FREE: 4,
  CELL: 5,
} as const;

export type BlockType = "module" | "class" | "function" | "annotation";
export type ComprehensionKind = "list" | "set" | "dict" | "generator";

/** A source span, as CPython's LOCATION(node). */
export interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export class SymbolScope {
  /** name -> DEF_* flags, in first-seen order. */
  readonly symbols = new Map<string, number>();
  /** name -> Scope value, filled by analysis. */
  readonly scopes = new Map<string, number>();
  /** Parameter names in order (CPython's ste_varnames). */
  readonly varnames: string[] = [];
  readonly children: SymbolScope[] = [];
  /** Where each global/nonlocal name was declared (for analysis errors). */
  readonly directives = new Map<string, Span>();
  nested = false;
  hasFree = false;
  childHasFree = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind | null = null;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: object,
    readonly lineno: number,
    readonly colOffset: number,
  ) {}

  flagsOf(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
  /** The analysed scope of a (mangled) name, 0 if the block never saw it. */
  scopeOf(name: string): number {
    return this.scopes.get(name) ?? 0;
  }
}

export class SymbolTable {
  readonly blocks = new Map<object, SymbolScope>();
  constructor(readonly top: SymbolScope, readonly futureFeatures: number) {}

  /** The block a Module/FunctionDef/Lambda/ClassDef/comprehension node opened. */
  lookup(node: object): SymbolScope {
    const block = this.blocks.get(node);
    if (block === undefined) throw new Error("compiler bug: no symbol table entry for node");
    return block;
  }
}

/** Private name mangling (`__x` inside class `C` becomes `_C__x`). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  const stripped = privateName.replace(/^_+/, "");
  if (stripped === "") return name;
  return "_" + stripped + name;
}
