/**
 * The symbol table: which scope every name of every block lives in.
 *
 * This follows CPython 3.11's symtable.c rule for rule, because the result is
 * observable (co_varnames, co_cellvars, co_freevars, the `symtable` module,
 * UnboundLocalError vs NameError) and because many SyntaxErrors come from here.
 *
 * Two passes, as in CPython:
 *
 * 1. Collection walks the AST once and records raw facts per block: the name is
 *    a parameter, assigned, used, declared global/nonlocal, imported, annotated.
 *    Blocks are the module, each class, each function/lambda, and each
 *    comprehension (3.11 compiles comprehensions as nested functions, whose
 *    only parameter `.0` is the outermost iterator, evaluated outside).
 *
 * 2. Analysis walks the block tree top-down passing the set of names bound in
 *    enclosing *function* scopes (`bound`) and the explicitly global names;
 *    each name becomes LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT or FREE. On the
 *    way back up, children report the names they need from outside (`free`);
 *    a function's local that a child needs becomes a CELL. Class scopes are
 *    transparent for children: their own bindings are not visible to nested
 *    functions, except the implicit `__class__` cell a method gets when it
 *    mentions `super` or `__class__`.
 *
 * Assignment expressions inside comprehensions bind in the nearest enclosing
 * function or module scope; the comprehension marks the name NONLOCAL (or
 * GLOBAL at module level), exactly like CPython, so the compiler needs no
 * special case later.
 *
 * Under `from __future__ import annotations` annotations are never evaluated,
 * so they are visited in a throw-away annotation block (not a child of
 * anything): their names do not leak into the enclosing scope, but yield,
 * await and walrus in them are still reported.
 */
import type { Mod } from "./ast.ts";
import { SymbolAnalyzer } from "./symtable_analyze.ts";
import { SymbolCollector } from "./symtable_collect.ts";
import type { SymbolTable } from "./symtable_scope.ts";

export {
  type BlockType,
  type ComprehensionKind,
  DEF_BOUND,
  mangle,
  Scope,
  SymbolFlag,
  SymbolScope,
  SymbolTable,
} from "./symtable_scope.ts";

/** Builds and analyses the symbol table of a module; throws PySyntaxError. */
export function buildSymbolTable(mod: Mod, filename: string, futureFeatures: number): SymbolTable {
  const collector = new SymbolCollector(filename, futureFeatures, mod);
  collector.table.blocks.set(mod, collector.table.top);
  collector.visitModule(mod);
  new SymbolAnalyzer(filename).analyzeBlock(collector.table.top, null, new Set(), new Set());
  return collector.table;
}
