/**
 * Uncaught-exception reports in CPython 3.11's format (pythonrun.c's
 * print_exception and traceback.c's tb_printinternal/tb_displayline), from a
 * plain description of the exception chain (`ExceptionReport`).
 *
 * Per frame: `  File "f", line N, in name`, the source line without its
 * indentation, and a caret line under the failing expression — unless the
 * expression spans the whole stripped line. For a binary operation or a
 * subscript on one line, the segment is re-parsed and the operator (or the
 * subscript) is marked with `^` and the rest with `~`; a multi-line
 * expression is marked to the end of its first line. Three identical
 * consecutive frames are shown, then "[Previous line repeated N more times]".
 *
 * Chains print oldest first, joined by the "direct cause" / "During handling"
 * banners. Exception groups print as nested boxes whose every line carries a
 * margin (`| `), at most 15 members per group and 10 levels deep.
 *
 * Columns: positions are UTF-8 byte offsets (as in code objects); they are
 * converted to character offsets against the source line, as CPython does.
 */
import { parse } from "../compiler/parse.ts";
import type { Expr } from "../compiler/ast.ts";
import { type SyntaxErrorLocation, syntaxErrorLocationBlock } from "./syntax_error_report.ts";

export interface FrameReport {
  filename: string;
  lineno: number;
  endLineno: number | null;
  colOffset: number | null;
  endColOffset: number | null;
  name: string;
}

export interface ExceptionReport {
  typeModule: string;
  typeQualname: string;
  /** str(exc); "" prints the type alone. */
  message: string;
  notes: string[] | null;
  /** Oldest call first. */
  frames: FrameReport[];
  cause: ExceptionReport | null;
  context: ExceptionReport | null;
  suppressContext: boolean;
  /** Members of an exception group, or null. */
  group: ExceptionReport[] | null;
  /**
   * For SyntaxError instances with a location: printed as CPython does, a
   * `File`/source/caret block, then `Type: msg` instead of `Type: str(exc)`.
   */
  syntax?: { location: SyntaxErrorLocation; msg: string; exact: boolean };
  /** A "Did you mean" name (vm/runtime/suggestions.ts), or undefined. */
  suggestion?: string;
}

/** Reads line `lineno` of a file, without its line ending, or null. */
export type SourceLineReader = (filename: string, lineno: number) => string | null;

const CAUSE_BANNER = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_BANNER = "\nDuring handling of the above exception, another exception occurred:\n\n";
const RECURSIVE_CUTOFF = 3;
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

interface PrintContext {
  depth: number;
  needClose: boolean;
  readLine: SourceLineReader;
  seen: Set<ExceptionReport>;
}

export function formatException(report: ExceptionReport, readLine: SourceLineReader): string {
  return formatChain(report, { depth: 0, needClose: false, readLine, seen: new Set() });
}

function marginPrefix(context: PrintContext, marginChar = "|"): string {
  return " ".repeat(2 * context.depth) + (context.depth > 0 ? `${marginChar} ` : "");
}

function emit(context: PrintContext, text: string, marginChar?: string): string {
  const prefix = marginPrefix(context, marginChar);
  if (prefix === "") return text;
  return text.split(/(?<=\n)/).map((line) => prefix + line).join("");
}

function formatChain(report: ExceptionReport, context: PrintContext): string {
  const chain: [string | null, ExceptionReport][] = [];
  for (let current: ExceptionReport | null = report; current !== null;) {
    context.seen.add(current);
    let banner: string | null = null;
    let next: ExceptionReport | null = null;
    if (current.cause !== null) [banner, next] = [CAUSE_BANNER, current.cause];
    else if (current.context !== null && !current.suppressContext) {
      [banner, next] = [CONTEXT_BANNER, current.context];
    }
    if (next !== null && context.seen.has(next)) next = null;
    chain.push([next === null ? null : banner, current]);
    current = next;
  }
  let out = "";
  for (let i = chain.length - 1; i >= 0; i--) {
    const [, exception] = chain[i];
    out += formatOne(exception, context);
    const banner = i > 0 ? chain[i - 1][0] : null;
    if (banner !== null) out += emit(context, banner);
  }
  return out;
}

function formatOne(report: ExceptionReport, context: PrintContext): string {
  if (report.group === null) {
    let out = "";
    if (report.frames.length > 0) {
      out += emit(context, "Traceback (most recent call last):\n");
      out += emit(context, formatFrames(report.frames, context.readLine));
    }
    return out + emit(context, exceptionOnly(report));
  }
  if (context.depth > MAX_GROUP_DEPTH) {
    return emit(context, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  }
  const topLevel = context.depth === 0;
  if (topLevel) context.depth++;
  let out = "";
  if (report.frames.length > 0) {
    out += emit(
      context,
      "Exception Group Traceback (most recent call last):\n",
      topLevel ? "+" : undefined,
    );
    out += emit(context, formatFrames(report.frames, context.readLine));
  }
  out += emit(context, exceptionOnly(report));
  const members = report.group;
  const shown = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
  context.needClose = false;
  for (let i = 0; i < shown; i++) {
    const last = i === shown - 1;
    if (last) context.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const title = truncated ? "..." : `${i + 1}`;
    out += " ".repeat(2 * context.depth) + (i === 0 ? "+-" : "  ") +
      `+---------------- ${title} ----------------\n`;
    context.depth++;
    if (!truncated) out += formatChain(members[i], context);
    else {
      const remaining = members.length - MAX_GROUP_WIDTH;
      out += emit(context, `and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
    }
    if (last && context.needClose) {
      out += " ".repeat(2 * context.depth) + "+------------------------------------\n";
      context.needClose = false;
    }
    context.depth--;
  }
  if (topLevel) context.depth = 0;
  return out;
}

/** The final line(s): `Type: message`, then the notes. */
export function exceptionOnly(report: ExceptionReport): string {
  const module = report.typeModule;
  const name = module === "builtins" || module === "__main__"
    ? report.typeQualname
    : `${module}.${report.typeQualname}`;
  let out: string;
  if (report.syntax !== undefined) {
    const { location, msg, exact } = report.syntax;
    out = syntaxErrorLocationBlock(location, exact) +
      (msg === "" ? `${name}\n` : `${name}: ${msg}\n`);
  } else {
    out = report.message === "" ? name : `${name}: ${report.message}`;
    if (report.suggestion !== undefined) out += `. Did you mean: '${report.suggestion}'?`;
    out += "\n";
  }
  for (const note of report.notes ?? []) {
    for (const line of note.split("\n")) out += line + "\n";
  }
  return out;
}

function formatFrames(frames: readonly FrameReport[], readLine: SourceLineReader): string {
  let out = "";
  let last: FrameReport | null = null;
  let count = 0;
  for (const frame of frames) {
    if (
      last === null || frame.filename !== last.filename || frame.lineno !== last.lineno ||
      frame.name !== last.name
    ) {
      if (count > RECURSIVE_CUTOFF) out += repeatedLine(count);
      last = frame;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) out += formatFrame(frame, readLine);
  }
  if (count > RECURSIVE_CUTOFF) out += repeatedLine(count);
  return out;
}

function repeatedLine(count: number): string {
  const more = count - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${more} more time${more > 1 ? "s" : ""}]\n`;
}

function isIndentation(char: string): boolean {
  return char === " " || char === "\t" || char === "\f";
}

function formatFrame(frame: FrameReport, readLine: SourceLineReader): string {
  let out = `  File "${frame.filename}", line ${frame.lineno}, in ${frame.name}\n`;
  const isPseudoFile = frame.filename.startsWith("<") && frame.filename.endsWith(">");
  const line = isPseudoFile ? null : readLine(frame.filename, frame.lineno);
  if (line === null) return out;
  const chars = Array.from(line);
  let indentation = 0;
  while (indentation < chars.length && isIndentation(chars[indentation])) indentation++;
  out += "    " + chars.slice(indentation).join("") + "\n";

  const { endLineno, colOffset, endColOffset } = frame;
  if (endLineno === null || colOffset === null || endColOffset === null) return out;
  if (frame.lineno < 0 || endLineno < 0 || colOffset < 0 || endColOffset < 0) return out;
  const start = byteToCharOffset(line, colOffset);
  let end = byteToCharOffset(line, endColOffset);
  let anchors: Anchors | null = null;
  if (frame.lineno === endLineno) anchors = anchorsOf(chars.slice(start, end).join(""), start);
  else {
    let i = chars.length;
    while (--i >= 0 && isIndentation(chars[i]));
    end = i + 1;
  }
  const strippedLength = chars.length - indentation;
  if (end - start === strippedLength && anchors === null) return out;

  let carets = "";
  for (let offset = indentation - 3; offset <= end; offset++) {
    if (offset <= start) carets += " ";
    else if (anchors !== null && anchors.leftEnd < offset && offset <= anchors.rightStart) {
      carets += "^";
    } else carets += anchors === null ? "^" : "~";
  }
  return out + carets + "\n";
}

interface Anchors {
  leftEnd: number;
  rightStart: number;
}

/**
 * CPython 3.11's extract_anchors_from_line: parse the marked segment; for a
 * lone binary operation mark its operator (first non-blank byte after the left
 * operand, two bytes for a two-character operator), for a subscript mark from
 * the end of the value to one past the end of the slice. Offsets are found on
 * the UTF-8 bytes of the segment and returned as character offsets in the line.
 */
function anchorsOf(segment: string, segmentStart: number): Anchors | null {
  let expression: Expr;
  try {
    const tree = parse(segment, "<string>", "exec");
    if (tree._type !== "Module" || tree.body.length !== 1) return null;
    const statement = tree.body[0];
    if (statement._type !== "Expr") return null;
    expression = statement.value;
  } catch {
    return null; // a segment that does not parse simply gets plain carets
  }
  const bytes = utf8.encode(segment);
  const blank = (i: number) => bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0c;
  let left: number;
  let right: number;
  if (expression._type === "BinOp") {
    const from = expression.left.end_col_offset;
    const to = expression.right.col_offset;
    let i = from;
    while (i < to && blank(i)) i++;
    if (i >= to) return null;
    left = i;
    right = i + 1 < to && !blank(i + 1) ? i + 2 : i + 1;
  } else if (expression._type === "Subscript") {
    left = expression.value.end_col_offset;
    right = expression.slice.end_col_offset + 1;
  } else return null;
  return {
    leftEnd: byteToCharOffset(segment, left) + segmentStart,
    rightStart: byteToCharOffset(segment, right) + segmentStart,
  };
}

const utf8 = new TextEncoder();

/** Character offset of a UTF-8 byte offset into `text` (CPython's pegen helper). */
export function byteToCharOffset(text: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  for (const char of text) {
    if (bytes >= byteOffset) break;
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    chars++;
  }
  return bytes >= byteOffset ? chars : chars + (byteOffset - bytes);
}
