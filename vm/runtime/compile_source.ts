/**
 * Source to code object, the one path every caller uses (scripts, imports,
 * `-m`, compile()/exec()/eval()). Besides parse + compile it issues the
 * compile-time warnings (SyntaxWarning, and DeprecationWarning for invalid
 * escapes) through the warnings filters as they are found, as CPython's
 * PyErr_WarnExplicitObject does: the default filters print a SyntaxWarning
 * (`file:line: SyntaxWarning: msg` and the source line) and ignore the
 * DeprecationWarning; `warnings.catch_warnings` records them; a filter that
 * makes one an error makes compiling fail with a SyntaxError there.
 */
import { type ParseMode, parseWithWarnings } from "../compiler/parse.ts";
import { compileModule } from "../compiler/compile.ts";
import type { CodeObject } from "../compiler/code.ts";
import type { Mod } from "../compiler/ast.ts";
import { type CompileWarningCategory, late } from "./late_protocols.ts";

export type SourceMode = "exec" | "eval" | "single";

/** compile()'s flag bits (CPython's PyCF_*); the CO_FUTURE_* bits may be set too. */
export const PyCF = {
  DONT_IMPLY_DEDENT: 0x200,
  ONLY_AST: 0x400,
  TYPE_COMMENTS: 0x1000,
  ALLOW_TOP_LEVEL_AWAIT: 0x2000,
  ALLOW_INCOMPLETE_INPUT: 0x4000,
  /** The future-feature bits compile() accepts and code inherits (PyCF_MASK). */
  FUTURE_MASK: 0x1fe0000,
} as const;

/** A combination of PyCF bits. */
export type CompileFlags = number;

let warningsIssued = 0;

/** How many warnings compiling has issued so far in this process. */
export function syntaxWarningCount(): number {
  return warningsIssued;
}

/** Issue one compile-time warning; true when the filters made it an error. */
function issueWarning(
  filename: string,
  warning: { category: CompileWarningCategory; message: string; lineno: number },
): boolean {
  warningsIssued++;
  return late.compileWarning(warning.category, warning.message, filename, warning.lineno);
}

export function compileSource(
  source: string | Uint8Array,
  filename: string,
  mode: SourceMode,
  optimize: number,
  flags: CompileFlags = 0,
): CodeObject {
  return compileTree(parseSource(source, filename, mode, flags), filename, mode, optimize, flags);
}

/** Source to tree, showing the parser's SyntaxWarnings. */
export function parseSource(
  source: string | Uint8Array,
  filename: string,
  mode: ParseMode,
  flags: CompileFlags = 0,
): Mod {
  return parseWithWarnings(source, filename, mode, {
    typeComments: (flags & PyCF.TYPE_COMMENTS) !== 0,
    dontImplyDedent: (flags & PyCF.DONT_IMPLY_DEDENT) !== 0,
    allowIncompleteInput: (flags & PyCF.ALLOW_INCOMPLETE_INPUT) !== 0,
    onWarning: (warning) => issueWarning(filename, warning),
  }).mod;
}

/** The optimize level compiling uses for compile()'s `optimize` argument (-1: the default, 0). */
export function optimizeLevel(optimize: number): 0 | 1 | 2 {
  return (optimize < 0 ? 0 : Math.min(optimize, 2)) as 0 | 1 | 2;
}

/** Tree to code object (the tree may also come from an `ast` object, see stdlib/_ast.ts). */
export function compileTree(
  mod: Mod,
  filename: string,
  mode: SourceMode,
  optimize: number,
  flags: CompileFlags = 0,
): CodeObject {
  return compileModule(mod, filename, mode, {
    optimize: optimizeLevel(optimize),
    flags: flags & PyCF.FUTURE_MASK,
    allowTopLevelAwait: (flags & PyCF.ALLOW_TOP_LEVEL_AWAIT) !== 0,
    onWarning: (warning) => issueWarning(filename, warning),
  });
}
