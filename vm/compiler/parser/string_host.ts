/**
 * The seam between the parser and the string-literal/f-string module
 * (strings.ts). The parser collects the run of adjacent STRING tokens of an
 * `atom` and hands them to `parseStringTokens`; strings.ts calls back through
 * this interface to parse f-string replacement-field expressions and to report
 * errors and warnings with the parser's filename and source lines.
 */
import type { Expr } from "../ast.ts";
import type { Token } from "../tokens.ts";

export interface StringHost {
  readonly filename: string;

  /**
   * Parse `source` as CPython 3.11 parses an f-string expression (the text is
   * already wrapped the way string_parser.c wraps it). The sub-parser's tokens on
   * its first line get `startingColOffset` added to their byte columns, and its
   * line numbers start at `startingLineno`, which is how CPython 3.11 places the
   * nodes of f-string expressions in the enclosing file. CPython tests the line
   * a token ends on: a multi-line string token that starts on the first line is
   * not shifted (in `f"""{'''a` newline `b'''}"""` the Constant is at column 1).
   */
  parseFStringExpression(source: string, startingLineno: number, startingColOffset: number): Expr;

  /** Raise a SyntaxError spanning the given tokens (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
  raiseSyntaxError(msg: string, first: Token, last?: Token): never;

  /**
   * Raise a SyntaxError at the token the parser fetched last (CPython's plain
   * RAISE_SYNTAX_ERROR). While a string atom is being built that is the token
   * right after its last STRING, which is where CPython 3.11 reports every
   * string and f-string error ("f-string: expecting '}'", "(unicode error) ...",
   * "cannot mix bytes and nonbytes literals", ...).
   */
  raiseSyntaxErrorAtCurrentToken(msg: string): never;

  /** Emit a warning such as DeprecationWarning("invalid escape sequence '\\d'"). */
  warn(category: "DeprecationWarning" | "SyntaxWarning", msg: string, at: Token): void;
}
