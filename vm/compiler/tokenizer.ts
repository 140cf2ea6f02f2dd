/**
 * The tokenizer: Python source text -> the token stream CPython 3.11's C
 * tokenizer hands to its PEG parser (no COMMENT or NL tokens, unlike the
 * pure-Python `tokenize` module).
 *
 * Shape. A pull scanner over one JS string: `next()` produces one token from
 * the cursor `pos`, reading with charCodeAt and allocating nothing but the
 * token (and its text). It follows the control flow of CPython's `tok_get`
 * closely, because much of what users see depends on where CPython's cursor
 * stands when it stops: error offsets, and the (-1) columns of INDENT, DEDENT
 * and ENDMARKER, which the parser replaces by the cursor column.
 *
 * Lines. The source is normalised first (\r\n and \r become \n; a final \n is
 * appended for exec input), exactly like CPython's translate_newlines for
 * string input (compile(), exec(), import), quirks included. `lineno` and
 * `lineStart` describe the line the cursor is in. Like CPython, a line is
 * entered lazily, when the first character after its '\n' is needed: after a
 * NEWLINE token the cursor sits past the '\n' but still "in" the old line, and
 * at end of input the line number never advances past the last line.
 *
 * Indentation. At the start of each logical line the indentation is measured
 * twice, with tabs to multiples of 8 and with tabs as 1 column; both stacks
 * must agree on the comparison or it is a TabError. Lines holding only
 * whitespace or a comment ("blank lines") and lines inside brackets never
 * change indentation and produce no NEWLINE.
 *
 * Columns. Token columns are UTF-8 byte offsets. `nextNonAscii` is the first
 * non-ASCII code unit at or after the line start, so on ASCII prefixes a
 * column is a subtraction; beyond it a per-line cache walks forward once.
 *
 * Errors are raised lazily, when `next()` reaches the bad input, and are
 * sticky. CPython produces them in two ways, both reproduced here:
 *  - "raised" errors come from the tokenizer's `syntaxerror()`: their offset
 *    counts characters up to the cursor and their text has no newline;
 *  - "status" errors (bad dedent, tab/space mix, too deep, bad continuation,
 *    EOF) are only a status code that the parser formats, with the current
 *    line including its newline as text. `findLaterError` needs the
 *    distinction (CPython's `_PyPegen_tokenize_full_source_to_check_for_errors`).
 *
 * Where the source came from shows in errors, so the options say it:
 * `byteOffsets` for bytes without a declared encoding (CPython then leaves
 * parser-formatted offsets in bytes), `sourceFile` for a file on disk (error
 * lines are re-read from it; a script's end of input differs slightly). Bytes
 * that were not UTF-8 arrive as escapes (source_utf8.ts) and fail in a name.
 */
import { PySyntaxError, type SyntaxErrorClass } from "./errors.ts";
import { T, type Token } from "./tokens.ts";
import { ASCII_CLASS, DIGIT, IDENTIFIER_CHAR, IDENTIFIER_START } from "./tokenizer_chars.ts";
import { NumberScanner } from "./tokenizer_numbers.ts";
import {
  ONE_CHAR_KIND,
  ONE_CHAR_SPELLING,
  threeCharOperator,
  twoCharKindOf,
  twoCharSpellingOf,
} from "./tokenizer_operators.ts";
import {
  characterOffsetOfByte,
  codePointCount,
  nextNonAsciiIndex,
  utf8Length,
} from "./tokenizer_positions.ts";
import { isNonAsciiXidContinue, isNonAsciiXidStart, isPrintable } from "./tokenizer_unicode.ts";
import {
  encodeSourceBytes,
  findInvalidUtf8,
  isEscapedByte,
  replaceEscapedBytes,
  utf8ErrorMessage,
} from "./source_utf8.ts";

export interface TokenizerOptions {
  /** Emit TYPE_COMMENT / TYPE_IGNORE tokens, as CPython does with PyCF_TYPE_COMMENTS. */
  typeComments?: boolean;
  /** Append a final newline when missing: CPython does for exec input only. Default true. */
  implicitNewline?: boolean;
  /** Line number of the first line (f-string expressions start inside their file). Default 1. */
  startingLineno?: number;
  /**
   * The source was bytes without a BOM or coding cookie (see `declaresEncoding`):
   * CPython then leaves the offsets of parser-formatted errors in bytes.
   */
  byteOffsets?: boolean;
  /**
   * The source is the content of the file named `filename`. CPython then quotes
   * error lines from that file (newline included), and a "script" run by
   * `python file.py` is read by its file tokenizer, which differs from the
   * string one at the end of input: no extra empty line after a final "\r\n",
   * and the cursor column there is 0.
   */
  sourceFile?: "script" | "module";
  /**
   * Report a SyntaxWarning (e.g. "invalid decimal literal" for `1if x else y`).
   * Return true when the warnings filter turned it into an error: the tokenizer
   * then raises it as a SyntaxError, as CPython does.
   */
  warn?: (category: "SyntaxWarning", message: string, lineno: number) => boolean;
}

export interface OpenBracket {
  char: string;
  lineno: number;
  /** 0-based byte column. */
  col: number;
}

const EOF = -1;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const FORM_FEED = 0x0c;
const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const HASH = 0x23;
const SINGLE_QUOTE = 0x27;
const DOT_CHAR = 0x2e;
const BACKSLASH = 0x5c;
const UNDERSCORE = 0x5f;

const TAB_SIZE = 8;
/** CPython's MAXINDENT: the indentation stack holds at most 100 levels. */
const MAX_INDENT = 100;
/** CPython's MAXLEVEL: at most 200 open brackets. */
const MAX_BRACKET_LEVEL = 200;

const CLOSING_OF: Readonly<Record<string, string>> = { "(": ")", "[": "]", "{": "}" };

/** Token objects all have this one shape (monomorphic property access in the parser). */
class TokenRecord implements Token {
  constructor(
    public type: number,
    public string: string,
    public lineno: number,
    public col: number,
    public endLineno: number,
    public endCol: number,
    public start: number,
    public end: number,
  ) {}
}

/** The status codes CPython's tokenizer leaves for the parser to turn into an error. */
type Status = "dedent" | "tabspace" | "toodeep" | "linecont" | "eof";

export class Tokenizer {
  /** The text tokens index into: the input with newlines normalised (see the essay). */
  readonly source: string;
  readonly filename: string;
  /** Parser-formatted error offsets stay in bytes (see TokenizerOptions.byteOffsets). */
  readonly byteOffsets: boolean;
  private readonly sourceFile: TokenizerOptions["sourceFile"];
  /** The input lacked its final newline, which the tokenizer appended. */
  private readonly appendedNewline: boolean;
  private readonly brackets: OpenBracket[] = [];
  private readonly typeComments: boolean;
  private readonly warn: TokenizerOptions["warn"];
  private readonly firstLineno: number;
  private readonly numbers: NumberScanner;

  private pos = 0;
  private lineno: number;
  private lineStart = 0;
  private atLineBeginning = true;
  private pendingIndents = 0;
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];

  private nextNonAscii: number;
  private byteCacheLineStart = -1;
  private byteCacheIndex = 0;
  private byteCacheBytes = 0;
  private lineStarts: number[] | null = null;

  private failure: PySyntaxError | null = null;
  private failureIsStatus = false;

  constructor(source: string, filename: string, options: TokenizerOptions = {}) {
    let text = source.indexOf("\r") >= 0 ? source.replace(/\r\n?/g, "\n") : source;
    this.appendedNewline = (options.implicitNewline ?? true) && !text.endsWith("\n");
    // CPython's translate_newlines also appends a newline after a final "\r\n"
    // (its last-character check sees the end of the string instead), which
    // gives such input an extra, empty last line.
    const crlfQuirk = (options.implicitNewline ?? true) && options.sourceFile !== "script" &&
      source.endsWith("\r\n");
    if (this.appendedNewline || crlfQuirk) text += "\n";
    this.sourceFile = options.sourceFile;
    this.source = text;
    this.filename = filename;
    this.typeComments = options.typeComments ?? false;
    this.warn = options.warn;
    this.firstLineno = options.startingLineno ?? 1;
    this.byteOffsets = options.byteOffsets ?? false;
    this.lineno = this.firstLineno - 1;
    this.nextNonAscii = nextNonAsciiIndex(text, 0);
    this.numbers = new NumberScanner(text, {
      numberError: (message, cursor) => this.raise(message, cursor),
      leadingZerosError: (start, zerosEnd) => this.raiseLeadingZeros(start, zerosEnd),
      numberWarning: (message, cursor) => {
        if (this.warn?.("SyntaxWarning", message, this.lineno)) this.raise(message, cursor);
      },
    });
  }

  /** Brackets opened and not yet closed, innermost last. */
  get openBrackets(): ReadonlyArray<OpenBracket> {
    return this.brackets;
  }

  /** CPython's `tok->lineno`: the line the cursor is in. */
  get cursorLineno(): number {
    return this.lineno;
  }

  /** CPython's `tok->cur - tok->line_start` in bytes: where errors at (-1)-column tokens point. */
  get cursorCol(): number {
    // The file tokenizer rewinds its buffer when it meets the end of input.
    if (this.sourceFile === "script" && this.pos >= this.source.length) return 0;
    return this.byteColumn(this.pos);
  }

  /** The next token; throws PySyntaxError at a lexical error (and again on every later call). */
  next(): Token {
    if (this.failure !== null) throw this.failure;
    return this.scan();
  }

  /**
   * Source line `lineno` without its newline ("" outside the source), as error
   * messages quote it: bytes that were not UTF-8 show as U+FFFD.
   */
  lineText(lineno: number): string {
    const starts = this.lineStarts ??= this.computeLineStarts();
    const index = lineno - this.firstLineno;
    if (index < 0 || index >= starts.length) return "";
    return this.lineWithoutNewline(starts[index]);
  }

  /** Does line `lineno` end with a newline (one the input has or exec input was given)? */
  lineHasNewline(lineno: number): boolean {
    const starts = this.lineStarts ??= this.computeLineStarts();
    const index = lineno - this.firstLineno;
    return index >= 0 && index < starts.length && this.source.indexOf("\n", starts[index]) >= 0;
  }

  /**
   * The text CPython's parser quotes for an error on line `lineno`: with its
   * newline when it is the tokenizer's current line or when the source is a
   * file (re-read from disk), else without (from the string buffer).
   */
  errorLineText(lineno: number): string {
    const text = this.lineText(lineno);
    const starts = this.lineStarts!;
    const index = lineno - this.firstLineno;
    if (index < 0 || index >= starts.length) return text;
    const lineEnd = this.source.indexOf("\n", starts[index]);
    if (this.sourceFile !== undefined) {
      // Re-read from the file, whose last line may lack the newline added here.
      const isLastLine = index === starts.length - 1;
      return isLastLine && this.appendedNewline ? text : text + "\n";
    }
    return lineno === this.lineno && lineEnd >= 0 ? text + "\n" : text;
  }

  /**
   * CPython's `_PyPegen_tokenize_full_source_to_check_for_errors`: after the
   * parser failed with its own error on line `errorLineno`, read the rest of
   * the input. A tokenizer error found there replaces the parser's (returned);
   * an unclosed bracket does only if it was opened before `errorLineno`.
   */
  findLaterError(errorLineno: number): PySyntaxError | null {
    if (this.failure !== null) return null;
    try {
      while (this.next().type !== T.ENDMARKER);
      return null;
    } catch (error) {
      if (!(error instanceof PySyntaxError)) throw error;
      if (!this.failureIsStatus) return error;
      const innermost = this.brackets[this.brackets.length - 1];
      return innermost !== undefined && errorLineno > innermost.lineno
        ? this.unclosedBracketError()
        : null;
    }
  }

  // ---- the scanner -------------------------------------------------------

  private scan(): Token {
    const src = this.source;
    const length = src.length;
    for (;;) {
      let blankLine = false;
      if (this.atLineBeginning) {
        this.atLineBeginning = false;
        this.enterLine(this.pos);
        blankLine = this.readIndentation();
      }
      if (this.pendingIndents !== 0) return this.indentToken();

      for (;;) {
        let pos = this.pos;
        let c = pos < length ? src.charCodeAt(pos) : EOF;
        while (c === SPACE || c === TAB || c === FORM_FEED) {
          c = ++pos < length ? src.charCodeAt(pos) : EOF;
        }
        const start = pos;
        this.pos = pos;

        if (c === HASH) {
          let end = src.indexOf("\n", pos);
          if (end < 0) end = length;
          if (this.typeComments) {
            const token = this.typeComment(start, end, blankLine);
            if (token !== null) return token;
          }
          pos = this.pos = end;
          c = end < length ? LINE_FEED : EOF;
        }

        if (c === EOF) return this.endOfInput();

        if (c < 128) {
          const charClass = ASCII_CLASS[c];
          if ((charClass & IDENTIFIER_START) !== 0) return this.nameOrString(start);
          if ((charClass & DIGIT) !== 0) return this.number(start);
        } else {
          return this.nameOrString(start);
        }

        if (c === LINE_FEED) {
          this.pos = pos + 1;
          this.atLineBeginning = true;
          if (blankLine || this.brackets.length > 0) break;
          // CPython's NEWLINE token spans a preceding comment and excludes the '\n'.
          const col = this.byteColumn(start);
          return new TokenRecord(
            T.NEWLINE,
            src.slice(start, pos),
            this.lineno,
            col,
            this.lineno,
            this.byteColumn(pos),
            start,
            pos,
          );
        }

        if (c === DOT_CHAR) {
          const after = src.charCodeAt(pos + 1);
          if (after >= 0x30 && after <= 0x39) return this.number(start);
          if (after === DOT_CHAR && src.charCodeAt(pos + 2) === DOT_CHAR) {
            return this.operatorToken(T.ELLIPSIS, "...", start, start + 3);
          }
          return this.operatorToken(T.DOT, ".", start, start + 1);
        }

        if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) return this.string(start, start);

        if (c === BACKSLASH) {
          this.continuationLine(pos);
          continue;
        }

        return this.operator(c, start);
      }
    }
  }

  /** Enter the line starting at `at`, unless the input ends there (CPython's underflow). */
  private enterLine(at: number): void {
    if (at >= this.source.length) return;
    this.lineno++;
    this.lineStart = at;
    if (this.nextNonAscii < at) this.nextNonAscii = nextNonAsciiIndex(this.source, at);
  }

  /** Measure indentation at the start of a line; returns whether the line is blank. */
  private readIndentation(): boolean {
    const src = this.source;
    const length = src.length;
    let pos = this.pos;
    let col = 0;
    let altCol = 0;
    let continuationCol = 0;
    let c: number;
    for (;;) {
      c = pos < length ? src.charCodeAt(pos) : EOF;
      if (c === SPACE) {
        col++;
        altCol++;
      } else if (c === TAB) {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        altCol++;
      } else if (c === FORM_FEED) {
        col = altCol = 0;
      } else if (c === BACKSLASH) {
        // Indentation cannot continue over a backslash: the first one fixes it.
        continuationCol = continuationCol || col;
        this.continuationLine(pos);
        pos = this.pos;
        continue;
      } else {
        break;
      }
      pos++;
    }
    this.pos = pos;
    const blank = c === HASH || c === LINE_FEED;
    if (blank || this.brackets.length > 0) return blank;

    if (continuationCol !== 0) col = altCol = continuationCol;
    const indents = this.indents;
    const altIndents = this.altIndents;
    let depth = indents.length - 1;
    if (col === indents[depth]) {
      if (altCol !== altIndents[depth]) this.failStatus("tabspace");
    } else if (col > indents[depth]) {
      if (depth + 1 >= MAX_INDENT) this.failStatus("toodeep");
      if (altCol <= altIndents[depth]) this.failStatus("tabspace");
      this.pendingIndents++;
      indents.push(col);
      altIndents.push(altCol);
    } else {
      while (depth > 0 && col < indents[depth]) {
        this.pendingIndents--;
        indents.pop();
        altIndents.pop();
        depth--;
      }
      if (col !== indents[depth]) this.failStatus("dedent");
      if (altCol !== altIndents[depth]) this.failStatus("tabspace");
    }
    return false;
  }

  private indentToken(): Token {
    let type: number;
    if (this.pendingIndents < 0) {
      this.pendingIndents++;
      type = T.DEDENT;
    } else {
      this.pendingIndents--;
      type = T.INDENT;
    }
    return new TokenRecord(type, "", this.lineno, -1, this.lineno, -1, this.pos, this.pos);
  }

  private endOfInput(): Token {
    if (this.brackets.length > 0) this.failStatus("eof");
    return new TokenRecord(T.ENDMARKER, "", this.lineno, -1, this.lineno, -1, this.pos, this.pos);
  }

  /** A backslash at `pos`: it must end the line, and more input must follow. */
  private continuationLine(pos: number): void {
    const src = this.source;
    if (pos + 1 >= src.length) {
      this.pos = pos + 1;
      this.failStatus("linecont", this.byteColumn(pos + 1) - 1);
    }
    if (src.charCodeAt(pos + 1) !== LINE_FEED) {
      this.pos = pos + 2;
      this.failStatus("linecont", this.byteColumn(pos + 1));
    }
    this.pos = pos + 2;
    if (this.pos >= src.length) this.failStatus("eof");
    this.enterLine(this.pos);
  }

  private nameOrString(start: number): Token {
    const src = this.source;
    const length = src.length;
    let pos = start;
    let c = src.charCodeAt(pos);
    // String prefixes: any case and order of b/r, f/r, or a lone u.
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 0x62 || c === 0x42)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 0x75 || c === 0x55)) sawU = true;
      else if (!(sawR || sawU) && (c === 0x72 || c === 0x52)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 0x66 || c === 0x46)) sawF = true;
      else break;
      c = src.charCodeAt(++pos);
      if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) return this.string(start, pos);
    }
    let nonAscii = false;
    for (; pos < length; pos++) {
      c = src.charCodeAt(pos);
      if (c < 128) {
        if ((ASCII_CLASS[c] & IDENTIFIER_CHAR) === 0) break;
      } else {
        nonAscii = true;
      }
    }
    this.pos = pos;
    if (nonAscii) this.verifyIdentifier(start, pos);
    const col = this.byteColumn(start);
    return new TokenRecord(
      T.NAME,
      src.slice(start, pos),
      this.lineno,
      col,
      this.lineno,
      nonAscii ? this.byteColumn(pos) : col + pos - start,
      start,
      pos,
    );
  }

  /** PEP 3131: XID_Start (or '_') then XID_Continue, judged on code points (no NFKC here). */
  private verifyIdentifier(start: number, end: number): void {
    const src = this.source;
    // CPython decodes the whole name before judging its characters.
    for (let i = start; i < end; i++) {
      if (isEscapedByte(src.charCodeAt(i))) this.undecodableName(start, end);
    }
    for (let i = start; i < end;) {
      const codePoint = src.codePointAt(i)!;
      const valid = codePoint < 128
        ? i > start || (ASCII_CLASS[codePoint] & IDENTIFIER_START) !== 0 ||
          codePoint === UNDERSCORE
        : i === start
        ? isNonAsciiXidStart(codePoint)
        : isNonAsciiXidContinue(codePoint);
      const width = codePoint > 0xffff ? 2 : 1;
      if (!valid) {
        const hex = codePoint.toString(16).toUpperCase().padStart(4, "0");
        const message = isPrintable(codePoint)
          ? `invalid character '${String.fromCodePoint(codePoint)}' (U+${hex})`
          : `invalid non-printable character U+${hex}`;
        this.raise(message, i + width);
      }
      i += width;
    }
  }

  /** A name holding bytes that are not UTF-8 (compile() of bytes; see source_utf8.ts). */
  private undecodableName(start: number, end: number): never {
    const bytes = encodeSourceBytes(this.source.slice(start, end));
    const message = `(unicode error) ${utf8ErrorMessage(bytes, findInvalidUtf8(bytes)!)}`;
    const text = this.errorLineText(this.lineno);
    throw this.syntaxError("SyntaxError", message, {
      lineno: this.lineno,
      offset: this.pegenOffset(text, this.byteColumn(end)),
      text,
      endOffset: -1,
    }, false);
  }

  private number(start: number): Token {
    const end = this.numbers.scan(start);
    this.pos = end;
    return new TokenRecord(
      T.NUMBER,
      this.source.slice(start, end),
      this.lineno,
      this.byteColumn(start),
      this.lineno,
      this.byteColumn(end),
      start,
      end,
    );
  }

  /** A string literal whose prefix starts at `start` and opening quote is at `quotePos`. */
  private string(start: number, quotePos: number): Token {
    const src = this.source;
    const length = src.length;
    const quote = src.charCodeAt(quotePos);
    const firstLineno = this.lineno;
    const firstLineStart = this.lineStart;
    const col = this.byteColumn(start);
    let pos = quotePos + 1;
    let quoteSize = 1;
    let endQuoteSize = 0;
    if (src.charCodeAt(pos) === quote) {
      pos++;
      if (src.charCodeAt(pos) === quote) {
        pos++;
        quoteSize = 3;
      } else {
        endQuoteSize = 1;
      }
    }
    while (endQuoteSize !== quoteSize) {
      if (pos >= length) this.unterminatedString(start, firstLineno, firstLineStart, quoteSize);
      const c = src.charCodeAt(pos++);
      if (c === quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c === LINE_FEED) {
        if (quoteSize === 1) {
          this.unterminatedString(start, firstLineno, firstLineStart, quoteSize);
        }
        this.enterLine(pos);
      } else if (c === BACKSLASH && pos < length) {
        if (src.charCodeAt(pos++) === LINE_FEED) this.enterLine(pos);
      }
    }
    this.pos = pos;
    return new TokenRecord(
      T.STRING,
      src.slice(start, pos),
      firstLineno,
      col,
      this.lineno,
      this.byteColumn(pos),
      start,
      pos,
    );
  }

  private unterminatedString(
    start: number,
    firstLineno: number,
    firstLineStart: number,
    quoteSize: number,
  ): never {
    const kind = quoteSize === 3
      ? "unterminated triple-quoted string literal"
      : "unterminated string literal";
    const before = replaceEscapedBytes(this.source.slice(firstLineStart, start + 1));
    const offset = codePointCount(before, 0, before.length);
    throw this.syntaxError("SyntaxError", `${kind} (detected at line ${this.lineno})`, {
      lineno: firstLineno,
      offset,
      text: this.lineWithoutNewline(firstLineStart),
      endOffset: offset,
    }, false);
  }

  private operator(c: number, start: number): Token {
    const src = this.source;
    const second = src.charCodeAt(start + 1);
    if (c < 128 && second < 128) {
      const kind = twoCharKindOf(c, second);
      if (kind >= 0) {
        const three = threeCharOperator(c, second, src.charCodeAt(start + 2));
        if (three !== undefined) {
          return this.operatorToken(three.kind, three.spelling, start, start + 3);
        }
        return this.operatorToken(kind, twoCharSpellingOf(c, second), start, start + 2);
      }
    }
    switch (c) {
      case 0x28: // (
      case 0x5b: // [
      case 0x7b: // {
        if (this.brackets.length >= MAX_BRACKET_LEVEL) {
          this.raise("too many nested parentheses", start + 1);
        }
        this.brackets.push({
          char: ONE_CHAR_SPELLING[c],
          lineno: this.lineno,
          col: this.byteColumn(start),
        });
        break;
      case 0x29: // )
      case 0x5d: // ]
      case 0x7d: { // }
        const closing = ONE_CHAR_SPELLING[c];
        const opening = this.brackets.pop();
        if (opening === undefined) this.raise(`unmatched '${closing}'`, start + 1);
        if (CLOSING_OF[opening.char] !== closing) {
          const where = opening.lineno !== this.lineno ? ` on line ${opening.lineno}` : "";
          this.raise(
            `closing parenthesis '${closing}' does not match opening parenthesis '${opening.char}'${where}`,
            start + 1,
          );
        }
        break;
      }
    }
    // c is ASCII here, where only the C0 controls and DEL are not printable.
    if (c < 0x20 || c === 0x7f) {
      const hex = c.toString(16).toUpperCase().padStart(4, "0");
      this.raise(`invalid non-printable character U+${hex}`, start + 1);
    }
    return this.operatorToken(ONE_CHAR_KIND[c], ONE_CHAR_SPELLING[c], start, start + 1);
  }

  private operatorToken(type: number, spelling: string, start: number, end: number): Token {
    this.pos = end;
    const col = this.byteColumn(start);
    return new TokenRecord(
      type,
      spelling,
      this.lineno,
      col,
      this.lineno,
      col + end - start,
      start,
      end,
    );
  }

  /** `# type: ...` comments; null when the comment at `start` is an ordinary one. */
  private typeComment(start: number, end: number, blankLine: boolean): Token | null {
    const src = this.source;
    // CPython compares against "# type: " with its cursor past the '\n'; a
    // space in the prefix matches any run of spaces and tabs, even an empty one.
    const limit = end < src.length ? end + 1 : end;
    const prefix = "# type: ";
    let p = start;
    for (let i = 0; i < prefix.length; i++) {
      if (p >= limit) return null;
      const expected = prefix.charCodeAt(i);
      if (expected === SPACE) {
        for (let c = src.charCodeAt(p); c === SPACE || c === TAB; c = src.charCodeAt(++p));
      } else if (src.charCodeAt(p) === expected) {
        p++;
      } else {
        return null;
      }
    }
    const ignoreEnd = p + 6;
    const afterIgnore = src.charCodeAt(ignoreEnd);
    // "ignore" must end the comment or be followed by ASCII that is not alphanumeric.
    const afterIsWordChar = afterIgnore >= 128 ||
      ((ASCII_CLASS[afterIgnore] & IDENTIFIER_CHAR) !== 0 && afterIgnore !== UNDERSCORE);
    const isIgnore = end >= ignoreEnd && src.startsWith("ignore", p) &&
      !(end > ignoreEnd && afterIsWordChar);
    const lineno = this.lineno;
    const endCol = this.byteColumn(end);
    if (isIgnore) {
      const token = new TokenRecord(
        T.TYPE_IGNORE,
        src.slice(ignoreEnd, end),
        lineno,
        this.byteColumn(ignoreEnd),
        lineno,
        endCol,
        ignoreEnd,
        end,
      );
      this.pos = end;
      if (blankLine) {
        // A type: ignore alone on its line swallows the line's newline.
        if (end < src.length) this.pos = end + 1;
        this.atLineBeginning = true;
      }
      return token;
    }
    this.pos = end;
    return new TokenRecord(
      T.TYPE_COMMENT,
      src.slice(p, end),
      lineno,
      this.byteColumn(p),
      lineno,
      endCol,
      p,
      end,
    );
  }

  // ---- positions -----------------------------------------------------------

  /** UTF-8 byte column of `index`, which lies in the current line (or just past its '\n'). */
  private byteColumn(index: number): number {
    if (index <= this.nextNonAscii) return index - this.lineStart;
    if (this.byteCacheLineStart !== this.lineStart || this.byteCacheIndex > index) {
      this.byteCacheLineStart = this.lineStart;
      this.byteCacheIndex = this.nextNonAscii;
      this.byteCacheBytes = this.nextNonAscii - this.lineStart;
    }
    this.byteCacheBytes += utf8Length(this.source, this.byteCacheIndex, index);
    this.byteCacheIndex = index;
    return this.byteCacheBytes;
  }

  /** End of the current line, past its '\n' (CPython's `tok->inp`). */
  private lineEnd(): number {
    const end = this.source.indexOf("\n", this.lineStart);
    return end < 0 ? this.source.length : end + 1;
  }

  private computeLineStarts(): number[] {
    const src = this.source;
    const starts = [0];
    for (let i = src.indexOf("\n"); i >= 0 && i + 1 < src.length; i = src.indexOf("\n", i + 1)) {
      starts.push(i + 1);
    }
    return starts;
  }

  /** A line as error messages quote it (undecodable bytes shown as U+FFFD). */
  private lineWithoutNewline(lineStart: number): string {
    const end = this.source.indexOf("\n", lineStart);
    return replaceEscapedBytes(this.source.slice(lineStart, end < 0 ? this.source.length : end));
  }

  /**
   * The offset pegen reports for the 1-based byte column `byteOffset` of `text`:
   * converted to characters unless the source's encoding was undeclared.
   */
  private pegenOffset(text: string, byteOffset: number): number {
    return this.byteOffsets ? byteOffset : characterOffsetOfByte(text, byteOffset);
  }

  // ---- errors ------------------------------------------------------------

  /** Every lexical error is built here, which also makes it final (sticky). */
  private syntaxError(
    pyClass: SyntaxErrorClass,
    message: string,
    where: { lineno: number; offset: number; text: string; endOffset: number },
    isStatus: boolean,
  ): PySyntaxError {
    this.failureIsStatus = isStatus;
    return this.failure = new PySyntaxError(
      pyClass,
      message,
      this.filename,
      where.lineno,
      where.offset,
      where.text,
      where.lineno,
      where.endOffset,
    );
  }

  /** CPython's `syntaxerror()`: offset = characters from the line start to `cursor`. */
  private raise(message: string, cursor: number): never {
    const before = replaceEscapedBytes(this.source.slice(this.lineStart, cursor));
    const offset = codePointCount(before, 0, before.length);
    throw this.syntaxError("SyntaxError", message, {
      lineno: this.lineno,
      offset,
      text: this.lineWithoutNewline(this.lineStart),
      endOffset: offset,
    }, false);
  }

  /** The leading-zeros error: CPython passes byte columns straight through as offsets. */
  private raiseLeadingZeros(start: number, zerosEnd: number): never {
    throw this.syntaxError(
      "SyntaxError",
      "leading zeros in decimal integer literals are not permitted; " +
        "use an 0o prefix for octal integers",
      {
        lineno: this.lineno,
        offset: this.byteColumn(start) + 1,
        text: this.lineWithoutNewline(this.lineStart),
        endOffset: this.byteColumn(zerosEnd),
      },
      false,
    );
  }

  /**
   * A status error, formatted as CPython's parser (pegen `tokenizer_error`) does.
   * `badColumn` is the byte column of the character after a backslash ("linecont").
   */
  private failStatus(status: Status, badColumn = 0): never {
    if (status === "eof" && this.brackets.length > 0) throw this.unclosedBracketError();
    const text = this.errorLineText(this.lineno);
    const lineno = this.lineno;
    switch (status) {
      case "tabspace":
        throw this.syntaxError(
          "TabError",
          "inconsistent use of tabs and spaces in indentation",
          { lineno, offset: 1, text, endOffset: 0 },
          true,
        );
      case "toodeep":
        throw this.syntaxError(
          "IndentationError",
          "too many levels of indentation",
          { lineno, offset: 1, text, endOffset: 0 },
          true,
        );
      case "dedent":
        throw this.syntaxError(
          "IndentationError",
          "unindent does not match any outer indentation level",
          {
            lineno,
            offset: this.pegenOffset(text, this.byteColumn(this.lineEnd())),
            text,
            endOffset: -1,
          },
          true,
        );
      case "linecont":
        throw this.syntaxError(
          "SyntaxError",
          "unexpected character after line continuation character",
          { lineno, offset: this.pegenOffset(text, badColumn + 1), text, endOffset: 0 },
          true,
        );
      case "eof": {
        const column = this.byteColumn(this.source.length);
        throw this.syntaxError(
          "SyntaxError",
          "unexpected EOF while parsing",
          { lineno, offset: this.pegenOffset(text, column), text, endOffset: -1 },
          true,
        );
      }
    }
  }

  /** pegen's `raise_unclosed_parentheses_error` for the innermost open bracket. */
  private unclosedBracketError(): PySyntaxError {
    const bracket = this.brackets[this.brackets.length - 1];
    const text = this.errorLineText(bracket.lineno);
    return this.syntaxError(
      "SyntaxError",
      `'${bracket.char}' was never closed`,
      {
        lineno: bracket.lineno,
        offset: this.pegenOffset(text, bracket.col + 1),
        text,
        endOffset: 0,
      },
      true,
    );
  }
}
