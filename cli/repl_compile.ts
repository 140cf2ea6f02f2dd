/**
 * Deciding, line by line, whether the interactive input so far is a whole
 * statement, needs more lines, or is a syntax error.
 *
 * CPython's REPL parses straight from the terminal: the parser pulls tokens
 * and the tokenizer reads (and prompts for) another line only when the parser
 * needs one. Taipan's parser takes whole text, so the same decision is made
 * by compiling the lines read so far in "single" mode:
 *
 * - an empty line ends a statement (the interactive tokenizer makes it a
 *   NEWLINE token), unless it falls inside brackets, a triple-quoted string
 *   or after a backslash; so does the end of input;
 * - otherwise the lines, less the last newline, are compiled without
 *   implying the dedents at the end (PyCF_DONT_IMPLY_DEDENT); if that fails,
 *   they are compiled again followed by a sentinel line that cannot complete
 *   any statement (SENTINEL): an error on
 *   the sentinel line means the parser wanted another line, as CPython's
 *   would have asked for one; an error before it is the error CPython
 *   reports.
 */
import type { CodeObject } from "../vm/compiler/code.ts";
import { PySyntaxError } from "../vm/compiler/errors.ts";
import { Tokenizer } from "../vm/compiler/tokenizer.ts";
import { parseWithWarnings } from "../vm/compiler/parse.ts";
import { compileSource, PyCF } from "../vm/runtime/compile_source.ts";

export type Verdict =
  | { kind: "code"; code: CodeObject }
  | { kind: "more" }
  | { kind: "empty" }
  | { kind: "error"; error: unknown };

const FILENAME = "<stdin>";
/**
 * `in` can neither start a statement nor end an expression, and it is a
 * parser error rather than a tokenizer one: a tokenizer error later in the
 * text would be reported in place of the parser's own error. Brackets left
 * open are closed after it, or the tokenizer's "'(' was never closed" would
 * hide the parser's error, which CPython reports without reading further.
 */
const SENTINEL = "in";

const CLOSING: Readonly<Record<string, string>> = { "(": ")", "[": "]", "{": "}" };

/** The tokenizer's errors for text that ends inside brackets, a string or a continuation. */
function endOfInputError(error: PySyntaxError): boolean {
  return error.msg.startsWith("unterminated triple-quoted string literal") ||
    error.msg.endsWith("was never closed") || error.msg === "unexpected EOF while parsing";
}

/**
 * Whether the tokenizer is inside brackets, a string or a continuation at
 * the end of `source`, and the brackets that would close what is open.
 */
function tokenizerEnd(source: string): { open: boolean; closers: string } {
  const tokenizer = new Tokenizer(source, FILENAME, { implicitNewline: false });
  try {
    while (tokenizer.next().type !== 0 /* ENDMARKER */);
  } catch (error) {
    const closers = tokenizer.openBrackets.map((bracket) => CLOSING[bracket.char] ?? "")
      .reverse().join("");
    return { open: error instanceof PySyntaxError && endOfInputError(error), closers };
  }
  return { open: false, closers: "" };
}

/** The parser's error for `source`, or null when it parses; its warnings are not shown. */
function parseError(source: string): unknown {
  try {
    parseWithWarnings(source, FILENAME, "single", { dontImplyDedent: true });
    return null;
  } catch (error) {
    return error;
  }
}

function compile(source: string, optimize: number, flags: number): Verdict {
  try {
    return { kind: "code", code: compileSource(source, FILENAME, "single", optimize, flags) };
  } catch (error) {
    return { kind: "error", error };
  }
}

/** A first line of blanks and a comment: the interactive tokenizer lets it through as NEWLINE. */
const BLANK_FIRST_LINE = /^[ \t\f]*(#[^\n]*)?\n?$/;

/**
 * `lines` are the lines read for this statement, each with its "\n" (the
 * last one may lack it at the end of input); `atEnd` says no more input
 * will come.
 */
export function compileInteractive(
  lines: readonly string[],
  atEnd: boolean,
  optimize: number,
): Verdict {
  const source = lines.join("");
  if (lines.length === 1 && BLANK_FIRST_LINE.test(source)) return { kind: "empty" };
  const last = lines[lines.length - 1];
  if (atEnd || (lines.length > 1 && last === "\n")) {
    if (!atEnd && tokenizerEnd(source).open) return { kind: "more" };
    return compile(source, optimize, 0);
  }
  // As code.InteractiveConsole passes it to codeop: without the last newline,
  // which would otherwise end the statement like an empty line.
  const text = source.slice(0, -1);
  const first = parseError(text);
  if (first === null) return compile(text, optimize, PyCF.DONT_IMPLY_DEDENT);
  if (!(first instanceof PySyntaxError)) return { kind: "error", error: first };
  if (first.msg.startsWith("unterminated triple-quoted string literal")) return { kind: "more" };
  const sentinelLine = source.split("\n").length; // the line the sentinel is on
  const second = parseError(`${source}${SENTINEL}${tokenizerEnd(source).closers}\n`);
  if (!(second instanceof PySyntaxError)) return { kind: "more" };
  // An error on the sentinel, or at the end of the text inside a string, wants more lines.
  if (
    second.lineno >= sentinelLine || endOfInputError(second) ||
    second.msg === "multiple statements found while compiling a single statement"
  ) return { kind: "more" };
  return { kind: "error", error: second };
}
