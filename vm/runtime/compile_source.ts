/**
 * Source to code object, the one path every caller uses (scripts, imports,
 * `-m`, compile()/exec()/eval()). Besides parse + compile it reports the
 * compile-time warnings the way CPython's default warning filters show them:
 * SyntaxWarnings are printed (`file:line: SyntaxWarning: msg` and the source
 * line when the file can be read); DeprecationWarnings from compiling are
 * ignored by those filters, so they are dropped.
 */
import { type ParseMode, parseWithWarnings } from "../compiler/parse.ts";
import { compileModule } from "../compiler/compile.ts";
import type { CodeObject } from "../compiler/code.ts";
import type { Mod } from "../compiler/ast.ts";
import { writeStderr } from "./stdio.ts";
import { sourceLine } from "./source_lines.ts";

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

let syntaxWarningsShown = 0;

/** How many SyntaxWarnings compiling has printed so far in this process. */
export function syntaxWarningCount(): number {
  return syntaxWarningsShown;
}

function showSyntaxWarning(filename: string, lineno: number, message: string): void {
  syntaxWarningsShown++;
  let text = `${filename}:${lineno}: SyntaxWarning: ${message}\n`;
  const line = filename.startsWith("<") ? null : sourceLine(filename, lineno);
  if (line !== null && line.trim() !== "") text += `  ${line.trim()}\n`;
  writeStderr(text);
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
  const { mod, warnings } = parseWithWarnings(source, filename, mode, {
    typeComments: (flags & PyCF.TYPE_COMMENTS) !== 0,
    dontImplyDedent: (flags & PyCF.DONT_IMPLY_DEDENT) !== 0,
    allowIncompleteInput: (flags & PyCF.ALLOW_INCOMPLETE_INPUT) !== 0,
  });
  for (const warning of warnings) {
    if (warning.category === "SyntaxWarning") {
      showSyntaxWarning(filename, warning.lineno, warning.message);
    }
  }
  return mod;
}

/** Tree to code object (the tree may also come from an `ast` object, see stdlib/_ast.ts). */
export function compileTree(
  mod: Mod,
  filename: string,
  mode: SourceMode,
  optimize: number,
  flags: CompileFlags = 0,
): CodeObject {
  const level = (optimize < 0 ? 0 : Math.min(optimize, 2)) as 0 | 1 | 2;
  return compileModule(mod, filename, mode, {
    optimize: level,
    flags: flags & PyCF.FUTURE_MASK,
    allowTopLevelAwait: (flags & PyCF.ALLOW_TOP_LEVEL_AWAIT) !== 0,
    onWarning: (warning) => {
      showSyntaxWarning(filename, warning.lineno, warning.message);
      return false;
    },
  });
}
