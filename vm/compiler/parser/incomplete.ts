/**
 * "incomplete input": how `codeop` (and so `code.InteractiveConsole`) tells a
 * statement that needs more lines from one that is wrong. With
 * PyCF_ALLOW_INCOMPLETE_INPUT, CPython 3.11's _PyPegen_run_parser replaces any
 * failure of the first pass by SyntaxError("incomplete input") when the
 * tokenizer has reached the end of the source: it read past the last
 * character (E_EOF), or stopped in a string that ran into the end (E_EOFS,
 * and E_EOLS for a one-line string with no newline after it).
 *
 * The error is placed like RAISE_SYNTAX_ERROR: at the last token read; when
 * the tokenizer itself failed, at its error token, which for a string is just
 * after its opening quote and otherwise is the end of the input.
 */
import { PySyntaxError } from "../errors.ts";
import type { Parser } from "./parser.ts";

/** The "incomplete input" error for a failed first pass, or null when input did not run out. */
export function incompleteInputError(
  p: Parser,
  source: string,
  failure: PySyntaxError | null,
): PySyntaxError | null {
  if (p.tokenizerFailed && failure !== null) {
    const kind = endOfInputKind(failure, source);
    if (kind === null) return null;
    try {
      if (kind === "string") {
        p.raiseAt(
          "SyntaxError",
          "incomplete input",
          failure.lineno,
          failure.offset - 1,
          failure.lineno,
          -2,
        );
      }
      p.raiseAt(
        "SyntaxError",
        "incomplete input",
        p.tokenizer.cursorLineno,
        p.tokenizer.cursorCol - 1,
        p.tokenizer.cursorLineno,
        -2,
      );
    } catch (error) {
      return error as PySyntaxError;
    }
  }
  const last = p.tokens[p.tokens.length - 1];
  if (last === undefined || last.end < source.length) return null;
  try {
    p.raiseGeneric("incomplete input");
  } catch (error) {
    return error as PySyntaxError;
  }
}

/** Which end-of-input tokenizer error this is, if any (CPython's E_EOF, E_EOFS, E_EOLS). */
function endOfInputKind(error: PySyntaxError, source: string): "eof" | "string" | null {
  const msg = error.msg;
  if (msg.endsWith("was never closed") || msg === "unexpected EOF while parsing") return "eof";
  if (msg.startsWith("unterminated triple-quoted string literal")) return "string";
  if (msg.startsWith("unterminated string literal") && !source.endsWith("\n")) {
    const lastLine = source.split("\n").length;
    return error.lineno === lastLine ? "string" : null;
  }
  return null;
}
