/**
 * Source to code object, the one path every caller uses (scripts, imports,
 * `-m`, compile()/exec()/eval()). Besides parse + compile it reports the
 * compile-time warnings the way CPython's default warning filters show them:
 * SyntaxWarnings are printed (`file:line: SyntaxWarning: msg` and the source
 * line when the file can be read); DeprecationWarnings from compiling are
 * ignored by those filters, so they are dropped.
 */
import { parseWithWarnings } from "../compiler/parse.ts";
import { compileModule } from "../compiler/compile.ts";
import type { CodeObject } from "../compiler/code.ts";
import { writeStderr } from "./stdio.ts";
import { sourceLine } from "./source_lines.ts";

export type SourceMode = "exec" | "eval" | "single";

function showSyntaxWarning(filename: string, lineno: number, message: string): void {
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
): CodeObject {
  const { mod, warnings } = parseWithWarnings(source, filename, mode, {});
  for (const warning of warnings) {
    if (warning.category === "SyntaxWarning") {
      showSyntaxWarning(filename, warning.lineno, warning.message);
    }
  }
  const level = (optimize < 0 ? 0 : Math.min(optimize, 2)) as 0 | 1 | 2;
  return compileModule(mod, filename, mode, {
    optimize: level,
    onWarning: (warning) => {
      showSyntaxWarning(filename, warning.lineno, warning.message);
      return false;
    },
  });
}
