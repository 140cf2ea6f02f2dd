/**
 * Symbol table pass 2 (CPython's analyze_block): decides the scope of every
 * name top-down with the set of names bound in enclosing function scopes,
 * then turns locals that nested blocks need into cells on the way back up.
 * See symtable.ts for the whole picture.
 */
import { PySyntaxError } from "./errors.ts";
import { DEF_BOUND, Scope, SymbolFlag, type SymbolScope } from "./symtable_scope.ts";

const F = SymbolFlag;

export class SymbolAnalyzer {
  constructor(private readonly filename: string) {}

  private errorAt(msg: string, block: SymbolScope, name: string): never {
    const span = block.directives.get(name);
    if (span === undefined) throw new Error("compiler bug: directive bookkeeping broken");
    throw new PySyntaxError(
      "SyntaxError",
      msg,
      this.filename,
      span.lineno,
      span.col_offset + 1,
      null,
      span.end_lineno,
      span.end_col_offset + 1,
    );
  }

  private analyzeName(
    block: SymbolScope,
    name: string,
    flags: number,
    bound: Set<string> | null,
    local: Set<string>,
    free: Set<string>,
    global: Set<string>,
  ): void {
    const scopes = block.scopes;
    if (flags & F.DEF_GLOBAL) {
      if (flags & F.DEF_NONLOCAL) {
        this.errorAt(`name '${name}' is nonlocal and global`, block, name);
      }
      scopes.set(name, Scope.GLOBAL_EXPLICIT);
      global.add(name);
      bound?.delete(name);
      return;
    }
    if (flags & F.DEF_NONLOCAL) {
      if (bound === null) {
        this.errorAt("nonlocal declaration not allowed at module level", block, name);
      }
      if (!bound.has(name)) this.errorAt(`no binding for nonlocal '${name}' found`, block, name);
      scopes.set(name, Scope.FREE);
      block.hasFree = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, Scope.LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    if (bound !== null && bound.has(name)) {
      scopes.set(name, Scope.FREE);
      block.hasFree = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, Scope.GLOBAL_IMPLICIT);
      return;
    }
    if (block.nested) block.hasFree = true;
    scopes.set(name, Scope.GLOBAL_IMPLICIT);
  }

  analyzeBlock(
    block: SymbolScope,
    bound: Set<string> | null,
    free: Set<string>,
    global: Set<string>,
  ): void {
    const local = new Set<string>();
    const newGlobal = new Set<string>();
    const newFree = new Set<string>();
    const newBound = new Set<string>();
    if (block.type === "class") {
      for (const name of global) newGlobal.add(name);
      if (bound !== null) { for (const name of bound) newBound.add(name); }
    }
    for (const [name, flags] of block.symbols) {
      this.analyzeName(block, name, flags, bound, local, free, global);
    }
    if (block.type !== "class") {
      if (block.type === "function") { for (const name of local) newBound.add(name); }
      if (bound !== null) { for (const name of bound) newBound.add(name); }
      for (const name of global) newGlobal.add(name);
    } else {
      newBound.add("__class__");
    }
    const allFree = new Set<string>();
    for (const child of block.children) {
      const childFree = new Set(newFree);
      this.analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal));
      for (const name of childFree) allFree.add(name);
      if (child.hasFree || child.childHasFree) block.childHasFree = true;
    }
    for (const name of allFree) newFree.add(name);
    if (block.type === "function") {
      for (const [name, scope] of block.scopes) {
        if (scope === Scope.LOCAL && newFree.has(name)) {
          block.scopes.set(name, Scope.CELL);
          newFree.delete(name);
        }
      }
    } else if (block.type === "class" && newFree.has("__class__")) {
      newFree.delete("__class__");
      block.needsClassClosure = true;
    }
    this.updateSymbols(block, bound, newFree);
    for (const name of newFree) free.add(name);
  }

  private updateSymbols(block: SymbolScope, bound: Set<string> | null, free: Set<string>): void {
    const isClass = block.type === "class";
    for (const name of free) {
      const flags = block.symbols.get(name);
      if (flags !== undefined) {
        if (isClass && (flags & (DEF_BOUND | F.DEF_GLOBAL))) {
          block.symbols.set(name, flags | F.DEF_FREE_CLASS);
        }
        continue;
      }
      if (bound !== null && !bound.has(name)) continue;
      block.symbols.set(name, 0);
      block.scopes.set(name, Scope.FREE);
    }
  }
}

/** Builds and analyses the symbol table of a module; throws PySyntaxError. */
