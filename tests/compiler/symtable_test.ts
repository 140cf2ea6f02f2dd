import { assertEquals } from "../assert.ts";
import { buildSymbolTable } from "../../vm/compiler/symtable.ts";
import { scanFutureImports } from "../../vm/compiler/future.ts";
import { cpythonParse } from "./cpython_ast.ts";
import { cpythonFacts } from "./oracle.ts";
import { dumpTable, type TableDump } from "./symtable_dump.ts";
import { SYMTABLE_SNIPPETS } from "./snippets.ts";

Deno.test("symbol tables match CPython's symtable module on snippets", async () => {
  const expected = await cpythonFacts<TableDump>(
    SYMTABLE_SNIPPETS.map((source) => ({ what: "symtable", source })),
  );
  for (let i = 0; i < SYMTABLE_SNIPPETS.length; i++) {
    const source = SYMTABLE_SNIPPETS[i];
    const mod = await cpythonParse(source);
    const table = buildSymbolTable(mod, "<string>", scanFutureImports(mod, "<string>").flags);
    assertEquals(dumpTable(table.top), expected[i], source);
  }
});
