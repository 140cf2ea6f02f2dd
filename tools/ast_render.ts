/**
 * What `deno task ast` and the differential test print for one file: the block
 * body is either CPython's `ast.dump(tree, include_attributes=True, indent=3)`
 * or, for a rejected file, the one line `ClassName: str(exc)`. tools/ast_oracle.py
 * prints the same from CPython, so the two sides compare as text (or hashes).
 */
import { dump } from "../vm/compiler/ast_dump.ts";
import type { Mod } from "../vm/compiler/ast.ts";
import { PySyntaxError } from "../vm/compiler/errors.ts";
import type { ParseResult } from "../vm/compiler/parse.ts";

export interface RenderedFile {
  /** The block body: the dump, or the error line. */
  body: string;
  /** The error line when the file was rejected, else null. */
  error: string | null;
}

/** Renders the outcome of parsing; any exception but PySyntaxError propagates. */
export function renderParse(produceTree: () => Mod): RenderedFile {
  return renderParseWithWarnings(() => ({ mod: produceTree(), warnings: [] }));
}

/**
 * The same, with one line per parser warning after the dump, as
 * `tools/ast_oracle.py --warnings` prints them:
 * `DeprecationWarning: invalid escape sequence '\d' (line 3)`.
 */
export function renderParseWithWarnings(produce: () => ParseResult): RenderedFile {
  let result: ParseResult;
  try {
    result = produce();
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    const line = `${error.pyClass}: ${error.toPyString()}`;
    return { body: line, error: line };
  }
  const lines = [dump(result.mod, { includeAttributes: true, indent: 3 })];
  for (const warning of result.warnings) {
    lines.push(`${warning.category}: ${warning.message} (line ${warning.lineno})`);
  }
  return { body: lines.join("\n"), error: null };
}

/** One line naming a JS failure, without its stack, e.g. `RangeError: Maximum call ...`. */
export function describeInternalError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split("\n")[0]}`;
  return `thrown non-Error: ${String(error)}`;
}

const encoder = new TextEncoder();

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Writes all of `text` to a file descriptor-like writer (stdout can take partial writes). */
export function writeAllSync(writer: { writeSync(data: Uint8Array): number }, text: string): void {
  let data = encoder.encode(text);
  while (data.length > 0) data = data.subarray(writer.writeSync(data));
}
