/**
 * Our symbol table in the shape tests/compiler/oracle/cpython_facts.py gives
 * CPython's: per block its name, type, line and each symbol's `symtable`
 * predicates (the same formulas as Lib/symtable.py).
 */
import { compareCodePoints } from "../../vm/compiler/codegen/compiler.ts";
import { DEF_BOUND, Scope, SymbolFlag, type SymbolScope } from "../../vm/compiler/symtable.ts";

export interface TableDump {
  name: string;
  type: string;
  lineno: number;
  symbols: Record<string, string[]>;
  children: TableDump[];
}

export function dumpTable(block: SymbolScope): TableDump {
  const symbols: Record<string, string[]> = {};
  // Lib/symtable.py decides "module scope" by the table's name, so a function
  // named `top` gets module-style answers too.
  const isModule = block.name === "top";
  const names = [...block.symbols.keys()].sort(compareCodePoints);
  for (const name of names) {
    const flags = block.symbols.get(name)!;
    const scope = block.scopeOf(name);
    const facts: [string, boolean][] = [
      [
        "local",
        scope === Scope.LOCAL || scope === Scope.CELL || (isModule && !!(flags & DEF_BOUND)),
      ],
      [
        "global",
        scope === Scope.GLOBAL_IMPLICIT || scope === Scope.GLOBAL_EXPLICIT ||
        (isModule && !!(flags & DEF_BOUND)),
      ],
      ["declared_global", scope === Scope.GLOBAL_EXPLICIT],
      ["free", scope === Scope.FREE],
      ["nonlocal", !!(flags & SymbolFlag.DEF_NONLOCAL)],
      ["parameter", !!(flags & SymbolFlag.DEF_PARAM)],
      ["imported", !!(flags & SymbolFlag.DEF_IMPORT)],
      ["assigned", !!(flags & SymbolFlag.DEF_LOCAL)],
      ["referenced", !!(flags & SymbolFlag.USE)],
      ["annotated", !!(flags & SymbolFlag.DEF_ANNOT)],
    ];
    symbols[name] = facts.filter(([, value]) => value).map(([fact]) => fact);
  }
  return {
    name: block.name,
    type: block.type,
    lineno: block.lineno,
    symbols,
    children: block.children.map(dumpTable),
  };
}
