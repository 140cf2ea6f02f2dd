/**
 * How an uncaught SyntaxError is printed on stderr, as CPython 3.11's
 * print_exception does it (pythonrun.c), not as traceback.py does:
 *
 *   - only exact SyntaxError instances use end_lineno/end_offset; its
 *     subclasses (IndentationError, TabError) always get a single caret;
 *   - an error spanning lines highlights to the end of its first line;
 *   - the source line is printed with leading spaces, tabs and form feeds
 *     removed, and the caret column is computed on the UTF-8 bytes of the line
 *     (CPython mixes character offsets with a byte walk; we reproduce that);
 *   - no caret when the offset falls inside the stripped indentation.
 */
import type { PySyntaxError } from "../compiler/errors.ts";

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** The location fields of a SyntaxError, whether from the front end or a Python object. */
export interface SyntaxErrorLocation {
  filename: string;
  lineno: number;
  offset: number;
  text: string | null;
  endLineno: number;
  endOffset: number;
}

export function formatSyntaxErrorReport(error: PySyntaxError): string {
  return syntaxErrorLocationBlock(error, error.pyClass === "SyntaxError") +
    `${error.pyClass}: ${error.msg}\n`;
}

/** The `File ..., line N` line, the source line and its carets (without the final line). */
export function syntaxErrorLocationBlock(
  error: SyntaxErrorLocation,
  isExactSyntaxError: boolean,
): string {
  let out = `  File "${error.filename}", line ${error.lineno}\n`;
  if (error.text !== null) {
    const endLineno = isExactSyntaxError ? error.endLineno : error.lineno;
    let endOffset = isExactSyntaxError ? error.endOffset : -1;
    const lineSize = utf8.encode(error.text).length;
    if (endLineno > error.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += errorTextWithCaret(error.offset, endOffset, error.text);
  }
  return out;
}

function errorTextWithCaret(offset: number, endOffset: number, text: string): string {
  const caretCount = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let bytes = utf8.encode(text);
  let column = offset - 1;
  let start = 0;
  while (
    start < bytes.length &&
    (bytes[start] === 0x20 || bytes[start] === 0x09 || bytes[start] === 0x0c)
  ) {
    start++;
    column--;
  }
  bytes = bytes.subarray(start);
  let length = bytes.length;
  if (length > 0 && bytes[length - 1] === 0x0a) length--;
  if (column > length) column = length;
  for (;;) {
    const newline = bytes.indexOf(0x0a);
    if (newline < 0 || newline >= column) break;
    bytes = bytes.subarray(newline + 1);
    length -= newline + 1;
    column -= newline + 1;
  }
  let out = "    " + fromUtf8.decode(bytes);
  if (bytes[length] !== 0x0a) out += "\n";
  if (column < 0) return out;
  return out + "    " + " ".repeat(column) + "^".repeat(caretCount) + "\n";
}
