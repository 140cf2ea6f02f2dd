/**
 * f-strings as CPython 3.11 parses them (Parser/string_parser.c): the STRING
 * token is scanned by hand, and only the text of each replacement field is
 * handed to a sub-parser (`StringHost.parseFStringExpression`).
 *
 * Scanning alternates two steps over the body of the token:
 * - `scanLiteral` takes text up to an undoubled `{` (or, inside a format spec,
 *   up to the `}` that closes it). `{{` and `}}` end the literal after one brace
 *   and skip the other, but only at the top level, so `f'{0:{3}}'` works. Escapes
 *   are decoded per literal piece; `\N{...}` braces are not replacement fields.
 * - `scanField` finds the end of the expression with a deliberately rough
 *   scanner: it tracks quotes and bracket nesting, rejects `\` and `#`, and stops
 *   at a top-level `!`, `:`, `}` or `=` that is not part of `!=`, `==`, `<=`,
 *   `>=`. Then come an optional `=` (self-documenting: the expression text
 *   including the `=` and the whitespace after it becomes literal text, and the
 *   conversion defaults to `r` when there is no format spec), an optional
 *   `!s`/`!r`/`!a`, and an optional `:` format spec, which is parsed recursively
 *   one level deeper (a second level is an error: nested too deeply).
 *
 * Positions are 3.11's, quirks included. Every FormattedValue, and every
 * Constant made when a field follows it, spans the whole run of STRING tokens;
 * a format spec's JoinedStr and its trailing Constant span only the token that
 * contains them. The expression's own nodes are placed by `fieldLocation`,
 * CPython's `fstring_find_expr_location`: the sub-parser starts at the token's
 * line plus the newlines before the `{`; its first line is shifted right by the
 * byte column of the `{` within its line, plus the token's column when the `{`
 * is on the token's first line, and not at all when only whitespace separates
 * the `{` from a newline. The sub-parser source is the field text in
 * parentheses, so a name right after the `{` lands one column after it.
 *
 * Every error here is CPython's RAISE_SYNTAX_ERROR, located by the parser at the
 * token after the string atom.
 */
import type { Expr, Node } from "../ast.ts";
import type { Token } from "../tokens.ts";
import type { StringHost } from "./string_host.ts";
import { decodeStrEscapes, type EscapeReporter } from "./string_escapes.ts";
import { StrParts } from "./string_parts.ts";

/** CPython's MAXLEVEL: bracket nesting the field scanner tracks. */
const MAX_BRACKET_DEPTH = 200;
/** Format specs may hold fields, whose specs may not. */
const MAX_FIELD_LEVEL = 2;

const BACKSLASH = 0x5c;
const LEFT_BRACE = 0x7b;
const RIGHT_BRACE = 0x7d;
const NEWLINE = 0x0a;
const N_LETTER = 0x4e;

/** Closing bracket -> its opening bracket. */
const OPENING_OF: ReadonlyMap<string, string> = new Map([[")", "("], ["]", "["], ["}", "{"]]);

/** Conversions allowed after `!`. */
const CONVERSIONS = new Set(["s", "r", "a"]);

function isFieldWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c;
}

/** C's isspace in the "C" locale (`Py_ISSPACE`). */
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** Whether the field starting after `{` at `brace` has only blanks before a newline. */
function newlineAfterBrace(text: string, brace: number): boolean {
  for (let i = brace + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === RIGHT_BRACE || code === NEWLINE) return true;
    if (code !== 0x20 && code !== 0x09 && code !== 0x0c) return false;
  }
  return false;
}

function utf8Length(text: string, from: number, to: number): number {
  let length = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      length += 4;
      i++;
    } else length += 3;
  }
  return length;
}

/** Scans the f-string body `token.string[start, end)` into `StrParts`. */
export class FStringScanner implements EscapeReporter {
  private readonly text: string;
  private pos: number;
  /** Newlines of the token text before `linesCountedTo`, and where the last line starts. */
  private linesBefore = 0;
  private lineStart = 0;
  private linesCountedTo = 0;

  constructor(
    private readonly host: StringHost,
    /** The token being scanned (CPython's `t`). */
    private readonly token: Token,
    /** First and last tokens of the whole string atom. */
    private readonly first: Token,
    private readonly last: Token,
    private readonly raw: boolean,
    start: number,
    private readonly end: number,
  ) {
    this.text = token.string;
    this.pos = start;
  }

  /** Scans the whole body at the top level into `parts`. */
  scanInto(parts: StrParts): void {
    this.scanPieces(parts, 0);
  }

  invalidEscape(message: string): void {
    this.host.warn("DeprecationWarning", message, this.token);
  }

  fail(message: string): never {
    return this.host.raiseSyntaxErrorAtCurrentToken(message);
  }

  /** CPython's `_PyPegen_FstringParser_ConcatFstring`. */
  private scanPieces(parts: StrParts, level: number): void {
    parts.isFString = true;
    for (;;) {
      if (this.scanLiteral(parts, level)) continue;
      if (this.pos >= this.end || this.text.charCodeAt(this.pos) === RIGHT_BRACE) break;
      this.scanField(parts, level);
    }
    if (level !== 0 && this.pos >= this.end) this.fail("f-string: expecting '}'");
  }

  /**
   * Appends the literal text before the next field (decoding escapes). Returns
   * true when it stopped after a doubled brace and scanning must go on.
   */
  private scanLiteral(parts: StrParts, level: number): boolean {
    const text = this.text;
    const end = this.end;
    const literalStart = this.pos;
    let at = this.pos;
    let resumeAt = -1; // set when the literal stops after a doubled brace
    while (at < end) {
      let code = text.charCodeAt(at++);
      if (!this.raw && code === BACKSLASH && at < end) {
        code = text.charCodeAt(at++);
        if (code === N_LETTER) {
          if (at < end && text.charCodeAt(at++) === LEFT_BRACE) {
            while (at < end && text.charCodeAt(at++) !== RIGHT_BRACE) { /* skip the name */ }
            continue;
          }
          break; // a malformed \N: decoding the literal reports it
        }
        if (code === LEFT_BRACE) this.invalidEscape("invalid escape sequence '\\{'");
      }
      if (code === LEFT_BRACE || code === RIGHT_BRACE) {
        if (level === 0) {
          if (at < end && text.charCodeAt(at) === code) {
            resumeAt = at + 1;
            break;
          }
          if (code === RIGHT_BRACE) this.fail("f-string: single '}' is not allowed");
        }
        at--;
        break;
      }
    }
    this.pos = resumeAt === -1 ? at : resumeAt;
    if (at !== literalStart) {
      parts.appendLiteral(
        this.raw ? text.slice(literalStart, at) : decodeStrEscapes(text, literalStart, at, this),
      );
    }
    return resumeAt !== -1;
  }

  /** Scans one `{...}` field at `this.pos` and appends its nodes to `parts`. */
  private scanField(parts: StrParts, level: number): void {
    if (level >= MAX_FIELD_LEVEL) this.fail("f-string: expressions nested too deeply");
    const text = this.text;
    const end = this.end;
    const expressionStart = ++this.pos;
    const expressionEnd = this.findExpressionEnd();
    const expression = this.compileExpression(expressionStart, expressionEnd);

    let at = expressionEnd;
    let debugText: string | null = null;
    if (text.charCodeAt(at) === 0x3d) { // =
      at++;
      while (isAsciiSpace(text.charCodeAt(at))) at++;
      debugText = text.slice(expressionStart, at);
    }
    let conversion = -1;
    if (text.charCodeAt(at) === 0x21) { // !
      at++;
      if (at >= end) this.expectingBrace();
      conversion = text.charCodeAt(at++);
      if (!CONVERSIONS.has(String.fromCharCode(conversion))) {
        this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    if (at >= end) this.expectingBrace();
    let formatSpec: Expr | null = null;
    if (text.charCodeAt(at) === 0x3a) { // :
      at++;
      if (at >= end) this.expectingBrace();
      this.pos = at;
      formatSpec = this.scanFormatSpec(level + 1);
      at = this.pos;
    }
    if (at >= end || text.charCodeAt(at) !== RIGHT_BRACE) this.expectingBrace();
    this.pos = at + 1;

    if (debugText !== null && formatSpec === null && conversion === -1) conversion = 0x72; // r
    const node: Node<"FormattedValue"> = {
      _type: "FormattedValue",
      value: expression,
      conversion,
      format_spec: formatSpec,
      lineno: this.first.lineno,
      col_offset: this.first.col,
      end_lineno: this.last.endLineno,
      end_col_offset: this.last.endCol,
    };
    if (debugText !== null) parts.appendLiteral(debugText);
    parts.appendField(node, this.first, this.last);
  }

  private expectingBrace(): never {
    return this.fail("f-string: expecting '}'");
  }

  /**
   * The index of the character that ends the expression of the field starting
   * at `this.pos` (CPython's rough scan: quotes, brackets, stop characters).
   */
  private findExpressionEnd(): number {
    const text = this.text;
    const end = this.end;
    let quote = 0;
    let tripleQuoted = false;
    const brackets: number[] = [];
    let at = this.pos;
    scan: for (; at < end; at++) {
      const code = text.charCodeAt(at);
      if (code === BACKSLASH) this.fail("f-string expression part cannot include a backslash");
      if (quote !== 0) {
        if (code !== quote) continue;
        if (!tripleQuoted) quote = 0;
        else if (
          at + 2 < end && text.charCodeAt(at + 1) === code && text.charCodeAt(at + 2) === code
        ) {
          at += 2;
          quote = 0;
        }
        continue;
      }
      switch (code) {
        case 0x27: // '
        case 0x22: // "
          tripleQuoted = at + 2 < end && text.charCodeAt(at + 1) === code &&
            text.charCodeAt(at + 2) === code;
          if (tripleQuoted) at += 2;
          quote = code;
          break;
        case 0x28: // (
        case 0x5b: // [
        case 0x7b: // {
          if (brackets.length >= MAX_BRACKET_DEPTH) {
            this.fail("f-string: too many nested parenthesis");
          }
          brackets.push(code);
          break;
        case 0x23: // #
          this.fail("f-string expression part cannot include '#'");
          break;
        case 0x21: // !
        case 0x3a: // :
        case 0x3d: // =
        case 0x3c: // <
        case 0x3e: // >
          if (brackets.length !== 0) break;
          // `!=`, `==`, `<=` and `>=` are operators; a lone `<` or `>` is too
          // (also as the field's last character: then the `}` is missing).
          if (at + 1 < end && text.charCodeAt(at + 1) === 0x3d && code !== 0x3a) {
            at++;
            break;
          }
          if (code === 0x3c || code === 0x3e) break;
          break scan;
        case 0x7d: // }
          if (brackets.length === 0) break scan;
          this.closeBracket(brackets, code);
          break;
        case 0x29: // )
        case 0x5d: // ]
          this.closeBracket(brackets, code);
          break;
      }
    }
    if (quote !== 0) this.fail("f-string: unterminated string");
    if (brackets.length !== 0) {
      this.fail(`f-string: unmatched '${String.fromCharCode(brackets[brackets.length - 1])}'`);
    }
    if (at >= end) this.expectingBrace();
    return at;
  }

  private closeBracket(brackets: number[], closing: number): void {
    const char = String.fromCharCode(closing);
    const opening = brackets.pop();
    if (opening === undefined) this.fail(`f-string: unmatched '${char}'`);
    if (OPENING_OF.get(char) !== String.fromCharCode(opening)) {
      this.fail(
        `f-string: closing parenthesis '${char}' does not match opening parenthesis '${
          String.fromCharCode(opening)
        }'`,
      );
    }
  }

  /** CPython's `fstring_compile_expr`: checks, locates and parses the field text. */
  private compileExpression(start: number, end: number): Expr {
    const text = this.text;
    let at = start;
    while (at < end && isFieldWhitespace(text.charCodeAt(at))) at++;
    if (at === end) {
      const stop = text[end];
      if (stop === "!" || stop === ":" || stop === "=") {
        this.fail(`f-string: expression required before '${stop}'`);
      }
      this.fail("f-string: empty expression not allowed");
    }

    const brace = start - 1;
    // Fields come in increasing order: count newlines from where the last one stopped.
    for (
      let i = text.indexOf("\n", this.linesCountedTo);
      i !== -1 && i < brace;
      i = text.indexOf("\n", i + 1)
    ) {
      this.linesBefore++;
      this.lineStart = i + 1;
    }
    this.linesCountedTo = brace;
    const lines = this.linesBefore;
    const columns = newlineAfterBrace(text, brace) ? 0 : utf8Length(text, this.lineStart, brace);
    const startingLineno = this.token.lineno + lines;
    const startingColOffset = lines === 0 ? this.token.col + columns : columns;
    return this.host.parseFStringExpression(
      `(${text.slice(start, end)})`,
      startingLineno,
      startingColOffset,
    );
  }

  /** CPython's `fstring_parse`: a format spec, as a JoinedStr spanning this token. */
  private scanFormatSpec(level: number): Expr {
    const parts = new StrParts();
    this.scanPieces(parts, level);
    return parts.finish(this.token, this.token);
  }
}
