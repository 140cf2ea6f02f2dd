/**
 * The compiler's entry point: AST -> code object.
 *
 * Pipeline (as CPython): future imports -> constant folding (fold.ts) ->
 * symbol table (symtable.ts) -> code generation (codegen/) -> assembly.
 * Every error is a PySyntaxError with CPython's message and position, except
 * nesting too deep to compile (CompilerRecursionError, Python's RecursionError).
 * Compile-time SyntaxWarnings go to `onWarning`.
 */
import type { Mod } from "./ast.ts";
import type { CodeObject } from "./code.ts";
import { PySyntaxError } from "./errors.ts";
import { foldConstants } from "./fold.ts";
export { CompilerRecursionError } from "./fold.ts";
import { CO_FUTURE_ANNOTATIONS, scanFutureImports } from "./future.ts";
import { buildSymbolTable } from "./symtable.ts";
import { Compiler, type CompilerWarning } from "./codegen/compiler.ts";
export type { CompilerWarning } from "./codegen/compiler.ts";
import { compileExpr } from "./codegen/expressions.ts";
import {
  compileBody,
  compileStatements,
  hasAnnotations,
  hasAsyncStatement,
} from "./codegen/statements.ts";
import { Op } from "./opcodes.ts";

export type CompileMode = "exec" | "eval" | "single";

export interface CompileOptions {
  /** -O level: 1 drops asserts and sets __debug__ False, 2 also drops docstrings. */
  optimize: 0 | 1 | 2;
  /** co_flags bits inherited from the caller (future features). */
  flags?: number;
  /** PyCF_ALLOW_TOP_LEVEL_AWAIT. */
  allowTopLevelAwait?: boolean;
  /** The source text, so SyntaxErrors can carry their line. */
  source?: string;
  /** Receives compile-time SyntaxWarnings; return true to raise it as a SyntaxError. */
  onWarning?: (warning: CompilerWarning) => boolean;
}

const EXPECTED_MOD: Record<CompileMode, Mod["_type"]> = {
  exec: "Module",
  eval: "Expression",
  single: "Interactive",
};

export function compileModule(
  mod: Mod,
  filename: string,
  mode: CompileMode,
  options: CompileOptions,
): CodeObject {
  if (mod._type !== EXPECTED_MOD[mode]) {
    throw new TypeError(
      `compileModule: mode '${mode}' expects ${EXPECTED_MOD[mode]}, got ${mod._type}`,
    );
  }
  const future = scanFutureImports(mod, filename);
  const flags = future.flags | (options.flags ?? 0);
  const folded = foldConstants(mod, options.optimize, (flags & CO_FUTURE_ANNOTATIONS) !== 0);
  const symtable = buildSymbolTable(folded, filename, flags);
  const compiler = new Compiler(filename, symtable, {
    optimize: options.optimize,
    flags,
    interactive: mode === "single",
    allowTopLevelAwait: options.allowTopLevelAwait ?? false,
    sourceLines: options.source?.split(/\r\n|\r|\n/) ?? null,
    onWarning: options.onWarning ?? null,
  });
  compiler.lastFutureLine = future.lastFutureLine;
  if (
    options.allowTopLevelAwait && folded._type !== "Expression" &&
    folded._type !== "FunctionType" && hasAsyncStatement(folded.body)
  ) {
    // Module code with a top-level `async for`/`async with` is a coroutine
    // (its prologue, emitted now, makes it one), like one with `await`.
    symtable.lookup(folded).coroutine = true;
  }
  compiler.enterScope("<module>", "module", folded, 1);
  switch (folded._type) {
    case "Module":
      compileBody(compiler, folded.body);
      break;
    case "Interactive":
      if (hasAnnotations(folded.body)) compiler.emit(Op.SETUP_ANNOTATIONS);
      compileStatements(compiler, folded.body);
      break;
    case "Expression":
      compileExpr(compiler, folded.body);
      compiler.emit(Op.RETURN_VALUE);
      break;
    case "FunctionType":
      throw new PySyntaxError(
        "SyntaxError",
        "cannot compile a function type",
        filename,
        1,
        1,
        null,
      );
  }
  return compiler.exitScope();
}
