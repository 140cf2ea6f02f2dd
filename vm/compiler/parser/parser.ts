/**
 * The parser's state: a growable token buffer filled lazily from the tokenizer
 * (CPython's p->tokens / p->fill), the current position (p->mark), the flag of
 * the second, error-reporting pass (p->call_invalid_rules) and the helpers every
 * grammar rule needs: lookahead, expecting a token, the start/end tokens of a
 * node (EXTRA), and raising SyntaxErrors at CPython's locations.
 *
 * Rules are free functions over this object (expressions.ts, statements.ts, ...)
 * that return a node, or null after restoring `pos` when they do not match. The
 * buffer is never discarded, so backtracking is a plain assignment to `pos`.
 *
 * Errors: `raiseAt` builds a PySyntaxError the way _PyPegen_raise_error_known_location
 * does: 1-based offsets, converted from UTF-8 byte columns to characters of the
 * error line (an end column on a later line is measured on the first line, and
 * both are capped at the line's length, as CPython does).
 */
import type { Expr, Position, TypeIgnore } from "../ast.ts";
import { PySyntaxError, type SyntaxErrorClass } from "../errors.ts";
import { T, type Token } from "../tokens.ts";
import { KEYWORD_KINDS } from "./keywords.ts";
import type { StringHost } from "./string_host.ts";

/**
 * The rules memoized on the error pass (slots of `Parser.memoized`), a subset
 * of those CPython memoizes: the ones its invalid rules re-enter most.
 */
export const MEMO = {
  expression: 0,
  disjunction: 1,
  bitwiseOr: 2,
  primary: 3,
  block: 4,
} as const;

/** What the parser needs from a tokenizer (vm/compiler/tokenizer.ts provides it). */
export interface TokenSource {
  next(): Token;
  /** Source line without its newline. */
  lineText(lineno: number): string;
  /** Does the line end with a newline (eval and single input may end without one)? */
  lineHasNewline(lineno: number): boolean;
  /** Byte column of the tokenizer's cursor (where errors at (-1)-column tokens point). */
  readonly cursorCol: number;
  /** The line the tokenizer's cursor is in (CPython's tok->lineno). */
  readonly cursorLineno: number;
  /**
   * The source was bytes declaring no encoding (CPython's tok->encoding is
   * NULL): error offsets stay byte columns instead of becoming characters.
   */
  readonly byteOffsets: boolean;
  /** Tokenize the rest of the input; a tokenizer error there replaces the parser's. */
  findLaterError(errorLineno: number): PySyntaxError | null;
}

export interface ParserWarning {
  category: "DeprecationWarning" | "SyntaxWarning";
  message: string;
  lineno: number;
  offset: number;
}

/** Receives a warning when it is found; returns true to make it a SyntaxError. */
export type WarningSink = (warning: ParserWarning) => boolean;

/** CPython's CURRENT_POS: an error end that is "wherever the tokenizer is". */
export const CURRENT_POS = -5;

/**
 * CPython's MAXSTACK: deeper nesting of rules raises MemoryError. Our rules
 * nest less than CPython's (about 30 of its rules lie between a statement and
 * the first unary operator), so `level` counts in CPython's units: 1 per
 * expression, unary operator, `not` and `**`; 2 per lambda; more per bracket
 * and per compound statement (see the `enter` calls). Measured on
 * /usr/bin/python3.11: 5969 unary minus signs parse, 5970 do not.
 */
export const MAX_RULE_DEPTH = 5970;

/** Something with a source span: a token or a positioned node. */
export type Located = Token | Position;

export function startLine(x: Located): number {
  return x.lineno;
}
export function startCol(x: Located): number {
  return "col" in x ? x.col : x.col_offset;
}
export function endLine(x: Located): number {
  return "col" in x ? x.endLineno : x.end_lineno;
}
export function endCol(x: Located): number {
  return "col" in x ? x.endCol : x.end_col_offset;
}

export class Parser implements StringHost {
  readonly tokens: Token[] = [];
  /** Parallel to `tokens`: the token kind, with hard keywords given their own kinds. */
  readonly kinds: number[] = [];
  /** Parallel to `tokens`: bracket depth after the token (CPython's token->level). */
  readonly levels: number[] = [];
  private bracketDepth = 0;
  pos = 0;
  /** Second pass: the invalid_* rules are active (p->call_invalid_rules). */
  invalidPass = false;
  /**
   * The whole second pass, including stretches where `invalidPass` is briefly
   * off (expression_without_invalid): memo tables are in use and shared by
   * both, as CPython's are, which decides what the invalid rules get to see.
   */
  errorPass = false;
  /** Recursion depth of the rules (p->level). */
  level = 0;
  readonly typeIgnores: TypeIgnore[] = [];
  /** Parsing "single" (interactive) input: its first ENDMARKER reads as NEWLINE. */
  singleInput = false;
  /** Interactive input: a token other than a NEWLINE-converted ENDMARKER has been read. */
  private parsingStarted = false;
  /** INDENTs minus DEDENTs so far (CPython's tok->indent, for interactive input). */
  private indentDepth = 0;
  /** DEDENTs owed before the next tokenizer token (CPython's tok->pendin). */
  private pendingDedents = 0;
  /** PyPARSE_DONT_IMPLY_DEDENT: interactive input does not close its blocks at the end. */
  dontImplyDedent = false;
  /** Set once the tokenizer has thrown: its error is final (CPython's tok->done). */
  tokenizerFailed = false;
  /** Builds the node of a run of STRING tokens (strings.ts, wired by parse.ts). */
  parseStrings: (run: Token[]) => Expr = () => {
    throw new Error("parser: no string parser installed");
  };
  /** StringHost: parse an f-string replacement field (wired by parse.ts). */
  parseFStringExpression: (
    source: string,
    startingLineno: number,
    startingColOffset: number,
  ) => Expr = () => {
    throw new Error("parser: no f-string parser installed");
  };
  /** Position of a binary operator whose right operand failed to parse (expressions.ts). */
  failedOperatorPos = -1;

  constructor(
    readonly tokenizer: TokenSource,
    readonly filename: string,
    /**
     * Line number of the tokenizer's first line: 1 for files, the line an
     * f-string replacement field starts on for its sub-parser (the tokenizer
     * numbers its lines from there, so errors it raises are placed too).
     */
    readonly firstLine = 1,
    /** Added to columns of tokens on the first line (p->starting_col_offset). */
    readonly firstLineColOffset = 0,
    /** Parsing an f-string replacement field: errors are prefixed "f-string: ". */
    readonly fstring = false,
    readonly warnings: ParserWarning[] = [],
    /**
     * Issues each warning as it is found (the warnings filters of the running
     * program); true when a filter turned it into an error, which the parser
     * then raises as a SyntaxError at the warning's place, as CPython does.
     */
    readonly onWarning: WarningSink | null = null,
  ) {}

  /** Pull one more significant token from the tokenizer into the buffer. */
  fill(): void {
    for (;;) {
      let token: Token;
      if (this.pendingDedents > 0) {
        this.pendingDedents--;
        const last = this.tokens[this.tokens.length - 1];
        token = { ...last, type: T.DEDENT, string: "" };
      } else {
        try {
          token = this.tokenizer.next();
        } catch (error) {
          this.tokenizerFailed = true;
          throw error;
        }
      }
      let type = token.type;
      if (type === T.NL || type === T.COMMENT) continue;
      if (type === T.TYPE_IGNORE) {
        this.typeIgnores.push({ _type: "TypeIgnore", lineno: token.lineno, tag: token.string });
        continue;
      }
      if (this.firstLineColOffset !== 0) token = this.shift(token);
      let kind = type;
      if (type === T.NAME || type === T.ASYNC || type === T.AWAIT) {
        kind = KEYWORD_KINDS.get(token.string) ?? T.NAME;
      }
      if (this.singleInput) {
        // _PyPegen_fill_token: in interactive input an end of input right after
        // other tokens reads as NEWLINE, followed by the DEDENTs still owed.
        if (type === T.ENDMARKER && this.parsingStarted) {
          this.parsingStarted = false;
          kind = type = T.NEWLINE;
          token = { ...token, type };
          if (!this.dontImplyDedent) {
            this.pendingDedents = this.indentDepth;
            this.indentDepth = 0;
          }
        } else {
          this.parsingStarted = true;
          if (type === T.INDENT) this.indentDepth++;
          else if (type === T.DEDENT) this.indentDepth--;
        }
      }
      if (kind === T.LPAR || kind === T.LSQB || kind === T.LBRACE) this.bracketDepth++;
      else if (kind === T.RPAR || kind === T.RSQB || kind === T.RBRACE) this.bracketDepth--;
      this.tokens.push(token);
      this.kinds.push(kind);
      this.levels.push(this.bracketDepth);
      return;
    }
  }

  /**
   * f-string sub-parsers shift the columns of tokens on their first line into
   * the enclosing file. Like CPython, the test is on the line the tokenizer is
   * on after the token (its end line), so a multi-line string is not shifted.
   */
  private shift(token: Token): Token {
    if (token.endLineno !== this.firstLine) return token;
    return {
      type: token.type,
      string: token.string,
      lineno: token.lineno,
      col: token.col + this.firstLineColOffset,
      endLineno: token.endLineno,
      endCol: token.endCol + this.firstLineColOffset,
      start: token.start,
      end: token.end,
    };
  }

  /** Kind of the token at `pos` (hot: every rule starts here). */
  peek(): number {
    if (this.pos === this.kinds.length) this.fill();
    return this.kinds[this.pos];
  }

  /** Kind of the token `ahead` positions after `pos`. */
  peekAt(ahead: number): number {
    const index = this.pos + ahead;
    while (index >= this.kinds.length) this.fill();
    return this.kinds[index];
  }

  /** The token at `pos`. */
  current(): Token {
    if (this.pos === this.tokens.length) this.fill();
    return this.tokens[this.pos];
  }

  /** Consume the token at `pos` if it has this kind. */
  expect(kind: number): Token | null {
    if (this.pos === this.kinds.length) this.fill();
    if (this.kinds[this.pos] !== kind) return null;
    return this.tokens[this.pos++];
  }

  /** Consume the token at `pos` if it has this kind; report whether it did. */
  accept(kind: number): boolean {
    if (this.pos === this.kinds.length) this.fill();
    if (this.kinds[this.pos] !== kind) return false;
    this.pos++;
    return true;
  }

  /** True when the current token is a NAME spelled `word` (soft keywords). */
  atSoftKeyword(word: string): boolean {
    return this.peek() === T.NAME && this.tokens[this.pos].string === word;
  }

  /** `&&tok`: a token the grammar insists on (raises "expected 'x'" at once). */
  expectForced(kind: number, spelling: string): Token {
    const token = this.expect(kind);
    if (token !== null) return token;
    const at = this.current();
    return this.raiseAt(
      "SyntaxError",
      `expected '${spelling}'`,
      at.lineno,
      at.col,
      at.endLineno,
      at.endCol,
    );
  }

  /** The token a node starting at `mark` starts with. */
  tokenAt(mark: number): Token {
    return this.tokens[mark];
  }

  /** Last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER (EXTRA's end). */
  lastToken(): Token {
    const kinds = this.kinds;
    let index = this.pos - 1;
    while (index > 0) {
      const kind = kinds[index];
      if (kind !== T.NEWLINE && kind !== T.INDENT && kind !== T.DEDENT && kind !== T.ENDMARKER) {
        break;
      }
      index--;
    }
    return this.tokens[index];
  }

  /**
   * The span from the token at `mark` to the last consumed token. Hot path: the
   * result is one scratch object, overwritten by the next call, so every caller
   * copies its four fields into the node it builds at once.
   */
  span(mark: number): Position {
    const start = this.tokens[mark];
    const end = this.lastToken();
    const span = this.scratchSpan;
    span.lineno = start.lineno;
    span.col_offset = start.col;
    span.end_lineno = end.endLineno;
    span.end_col_offset = end.endCol;
    return span;
  }

  private readonly scratchSpan: Position = {
    lineno: 0,
    col_offset: 0,
    end_lineno: 0,
    end_col_offset: 0,
  };

  /** Per memoized rule, indexed by token position: the result and where it ended. */
  private memoTables: ({ value: unknown; end: number } | undefined)[][] = [];

  /**
   * Memoize a rule at the current position. Only the error pass uses this: its
   * invalid_* alternatives re-parse the same spans many times (CPython memoizes
   * the same rules for the same reason).
   */
  memoized<R>(slot: number, rule: (p: Parser) => R | null): R | null {
    let table = this.memoTables[slot];
    if (table === undefined) this.memoTables[slot] = table = [];
    const start = this.pos;
    const hit = table[start];
    if (hit !== undefined) {
      this.pos = hit.end;
      return hit.value as R | null;
    }
    const value = rule(this);
    table[start] = { value, end: this.pos };
    return value;
  }

  /** reset_parser_state_for_error_pass: rewind and turn the invalid_* rules on. */
  startErrorPass(): void {
    this.pos = 0;
    this.level = 0;
    this.invalidPass = true;
    this.errorPass = true;
    this.memoTables = [];
    this.failedOperatorPos = -1;
  }

  enter(weight = 1): void {
    if ((this.level += weight) > MAX_RULE_DEPTH) {
      throw new PySyntaxError("MemoryError", "", this.filename, 0, 0, null);
    }
  }

  // ---- errors ---------------------------------------------------------------

  /**
   * The error text for a line. CPython takes it from the tokenizer's buffer,
   * newline included (if the input has one: eval and single input get none
   * added at the end), while the tokenizer is still on that line, and rebuilds
   * it without the newline once the tokenizer has moved past it.
   */
  lineText(lineno: number): string {
    const text = this.tokenizer.lineText(lineno);
    const current = lineno >= this.tokenizer.cursorLineno;
    // An f-string expression is tokenized as exec input, which ends with a newline.
    const newline = this.fstring || this.tokenizer.lineHasNewline(lineno);
    return current && newline ? text + "\n" : text;
  }

  raiseAt(
    pyClass: SyntaxErrorClass,
    msg: string,
    lineno: number,
    col: number,
    endLineno: number,
    endColumn: number,
  ): never {
    const text = this.lineText(lineno);
    let startByte = col + 1;
    let endByte = endColumn + 1;
    if (endColumn === CURRENT_POS) {
      const last = this.tokens[this.tokens.length - 1];
      endLineno = last.endLineno;
      endByte = last.endCol;
    }
    if (this.fstring) {
      msg = "f-string: " + msg;
      startByte -= this.firstLineColOffset;
      if (endByte > 0) endByte -= this.firstLineColOffset;
    }
    const bytes = this.tokenizer.byteOffsets;
    const offset = bytes ? startByte : byteOffsetToCharOffset(text, startByte);
    const endOffset = endByte > 0 && !bytes ? byteOffsetToCharOffset(text, endByte) : endByte;
    throw new PySyntaxError(
      pyClass,
      msg,
      this.filename,
      lineno,
      offset,
      text,
      endLineno,
      endOffset,
    );
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION. */
  raiseKnownLocation(at: Located, msg: string, pyClass: SyntaxErrorClass = "SyntaxError"): never {
    return this.raiseAt(pyClass, msg, startLine(at), startCol(at), endLine(at), endCol(at));
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE. */
  raiseKnownRange(first: Located, last: Located, msg: string): never {
    return this.raiseAt(
      "SyntaxError",
      msg,
      startLine(first),
      startCol(first),
      endLine(last),
      endCol(last),
    );
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM: the end is "the current position" (-5 in CPython). */
  raiseStartingFrom(first: Located, msg: string): never {
    const lineno = startLine(first);
    return this.raiseAt("SyntaxError", msg, lineno, startCol(first), CURRENT_POS, CURRENT_POS);
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: located at the last token read. */
  raiseGeneric(msg: string, pyClass: SyntaxErrorClass = "SyntaxError"): never {
    const token = this.tokens[this.tokens.length - 1];
    if (token.col === -1) {
      // INDENT/DEDENT/ENDMARKER: CPython points at the tokenizer's cursor instead.
      const cursor = this.tokenizer.cursorCol;
      return this.raiseAt(pyClass, msg, token.lineno, cursor - 1, token.endLineno, -2);
    }
    return this.raiseAt(pyClass, msg, token.lineno, token.col, token.endLineno, token.endCol);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION at a token (the generic "invalid syntax"). */
  raiseAtToken(token: Token, msg: string): never {
    return this.raiseAt("SyntaxError", msg, token.lineno, token.col, token.endLineno, token.endCol);
  }

  // ---- StringHost ---------------------------------------------------------

  raiseSyntaxError(msg: string, first: Token, last?: Token): never {
    return this.raiseKnownRange(first, last ?? first, msg);
  }

  raiseSyntaxErrorAtCurrentToken(msg: string): never {
    return this.raiseGeneric(msg);
  }

  /** RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN. */
  raiseOnNextToken(msg: string): never {
    const token = this.current();
    return this.raiseAt("SyntaxError", msg, token.lineno, token.col, token.endLineno, token.endCol);
  }

  /** StringHost: record a warning (the error pass re-runs actions: not twice). */
  warn(category: ParserWarning["category"], message: string, at: Located): void {
    if (this.errorPass) return;
    const text = this.lineText(startLine(at));
    const warning = {
      category,
      message,
      lineno: startLine(at),
      offset: byteOffsetToCharOffset(text, startCol(at) + 1),
    };
    this.warnings.push(warning);
    if (this.onWarning?.(warning)) this.raiseKnownRange(at, at, message);
  }
}

const utf8 = new TextEncoder();
const utf8Lenient = new TextDecoder("utf-8", { fatal: false });

/**
 * _PyPegen_byte_offset_to_character_offset: how many characters the first
 * `byteOffset` bytes of `line` decode to. A cut character counts as one, and an
 * offset one past the end counts C's terminating NUL, as CPython does.
 */
export function byteOffsetToCharOffset(line: string, byteOffset: number): number {
  let ascii = true;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return Math.min(byteOffset, line.length + 1);
  const bytes = utf8.encode(line);
  const cut = Math.min(byteOffset, bytes.length + 1);
  const counted = Math.min(cut, bytes.length);
  const chars = [...utf8Lenient.decode(bytes.subarray(0, counted))].length;
  return chars + (cut - counted);
}
