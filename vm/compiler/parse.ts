/**
 * The front end's entry point: source -> tokens -> AST (CPython's
 * _PyPegen_run_parser).
 *
 * Two passes. The first pass runs the grammar without the invalid_* rules and
 * is all that valid code ever needs. When it fails, the parser rewinds over
 * the same token buffer and runs again with the invalid_* rules enabled; one of
 * them usually raises a specific message ("expected ':'", "cannot assign to
 * literal", ...). If none does, the error is a generic "invalid syntax" at the
 * furthest token the FIRST pass read (the second pass may have read further),
 * or "unexpected indent"/"unexpected unindent" when that token is an
 * INDENT/DEDENT. Before reporting a parser error, the rest of the input is
 * tokenized: a tokenizer error there wins, and an unclosed bracket wins when it
 * was opened on an earlier line than the error ("'(' was never closed").
 * A tokenizer error met while parsing is final and is reported as it is.
 *
 * Node construction: every rule builds its node as an object literal with the
 * fields in ASDL order followed by the four position fields, rather than
 * through one generic builder. The repetition is deliberate: each node kind
 * then always has the same V8 hidden class, which keeps the compiler's and the
 * dump's field reads monomorphic (the corpus parses ~1.9x faster than
 * CPython's ast.parse; docs/performance.md).
 */
import type { Expr, Mod, Node, Stmt } from "./ast.ts";
import { PySyntaxError } from "./errors.ts";
import { expression, expressions, starExpressions } from "./parser/expressions.ts";
import { compoundStatement, startsCompoundStatement } from "./parser/compound.ts";
import { Parser, type ParserWarning, type WarningSink } from "./parser/parser.ts";
import { incompleteInputError } from "./parser/incomplete.ts";
import { simpleStatements, statements } from "./parser/statements.ts";
import { parseStringTokens } from "./parser/strings.ts";
import { declaresEncoding, decodeSource } from "./source_encoding.ts";
import { Tokenizer } from "./tokenizer.ts";
import { T } from "./tokens.ts";

export type ParseMode = "exec" | "eval" | "single" | "func_type";

export interface ParseOptions {
  /** PyCF_TYPE_COMMENTS: TYPE_COMMENT/TYPE_IGNORE tokens become part of the tree. */
  typeComments?: boolean;
  /** PyCF_ALLOW_INCOMPLETE_INPUT: report input that ends too early as "incomplete input". */
  allowIncompleteInput?: boolean;
  /** PyCF_DONT_IMPLY_DEDENT: "single" input does not close open blocks at its end. */
  dontImplyDedent?: boolean;
  /** Issues each warning when it is found (the parser's `onWarning`). */
  onWarning?: WarningSink;
}

export interface ParseResult {
  mod: Mod;
  /** DeprecationWarning/SyntaxWarning raised while parsing, in source order. */
  warnings: ParserWarning[];
}

/** Parse a module, expression, interactive statement or function type comment. */
export function parse(
  source: string | Uint8Array,
  filename: string,
  mode: ParseMode,
  options: ParseOptions = {},
): Mod {
  return parseWithWarnings(source, filename, mode, options).mod;
}

export function parseWithWarnings(
  source: string | Uint8Array,
  filename: string,
  mode: ParseMode,
  options: ParseOptions = {},
): ParseResult {
  const text = typeof source === "string" ? source : decodeSource(source, filename, "compile");
  const warnings: ParserWarning[] = [];
  const tokenizer = new Tokenizer(text, filename, {
    typeComments: options.typeComments ?? false,
    implicitNewline: mode === "exec",
    byteOffsets: typeof source !== "string" && !declaresEncoding(source),
    warn: (category, message, lineno) => {
      const warning = { category, message, lineno, offset: 0 };
      warnings.push(warning);
      return options.onWarning?.(warning) ?? false;
    },
  });
  const parser = createParser(tokenizer, filename, 1, 0, false, warnings, options.onWarning);
  parser.singleInput = mode === "single";
  parser.dontImplyDedent = options.dontImplyDedent ?? false;
  const incompleteSource = options.allowIncompleteInput ? tokenizer.source : null;
  const mod = runParser(parser, START_RULES[mode], incompleteSource);
  if (mode === "single" && hasMoreStatements(parser, tokenizer.source)) {
    parser.raiseGeneric("multiple statements found while compiling a single statement");
  }
  return { mod, warnings };
}

type StartRule = (p: Parser) => Mod | null;

function createParser(
  tokenizer: Tokenizer,
  filename: string,
  firstLine: number,
  colOffset: number,
  fstring: boolean,
  warnings: ParserWarning[],
  onWarning: WarningSink | undefined,
): Parser {
  const parser = new Parser(
    tokenizer,
    filename,
    firstLine,
    colOffset,
    fstring,
    warnings,
    onWarning ?? null,
  );
  parser.parseStrings = (run) => parseStringTokens(parser, run);
  parser.parseFStringExpression = (source, startingLineno, startingColOffset) => {
    const sub = new Tokenizer(source, filename, {
      typeComments: false,
      implicitNewline: false,
      startingLineno,
      byteOffsets: true, // CPython tokenizes the expression from a C string: no encoding
    });
    const subParser = createParser(
      sub,
      filename,
      startingLineno,
      startingColOffset,
      true,
      warnings,
      onWarning,
    );
    const mod = runParser(subParser, fstringRule);
    return (mod as Node<"Expression">).body;
  };
  return parser;
}

/** _PyPegen_run_parser: the two passes and the choice of the reported error. */
function runParser(p: Parser, start: StartRule, incompleteSource: string | null = null): Mod {
  let result: Mod | null;
  try {
    result = start(p);
  } catch (error) {
    const converted = asPythonError(p, error);
    if (incompleteSource !== null && converted instanceof PySyntaxError) {
      const incomplete = incompleteInputError(p, incompleteSource, converted);
      if (incomplete !== null) throw incomplete;
    }
    // An error raised by a rule's action on the first pass (e.g. "expected ':'"
    // from a forced token) is reported like a second-pass error.
    throw preferLaterTokenizerError(p, converted);
  }
  if (result !== null) return result;
  if (incompleteSource !== null) {
    const incomplete = incompleteInputError(p, incompleteSource, null);
    if (incomplete !== null) throw incomplete;
  }
  const lastToken = p.tokens[p.tokens.length - 1];
  p.startErrorPass();
  let specific: PySyntaxError | null = null;
  try {
    start(p);
  } catch (error) {
    const converted = asPythonError(p, error);
    if (p.tokenizerFailed || !(converted instanceof PySyntaxError)) throw converted;
    specific = converted;
  }
  if (specific !== null) throw preferLaterTokenizerError(p, specific);
  if (lastToken.type === T.INDENT) p.raiseGeneric("unexpected indent", "IndentationError");
  if (lastToken.type === T.DEDENT) p.raiseGeneric("unexpected unindent", "IndentationError");
  try {
    p.raiseAtToken(lastToken, "invalid syntax");
  } catch (error) {
    throw preferLaterTokenizerError(p, error);
  }
}

/**
 * _PyPegen_set_syntax_error with an error already set: unless the tokenizer
 * itself failed, a tokenizer error later in the input takes precedence.
 */
function preferLaterTokenizerError(p: Parser, error: unknown): unknown {
  if (!(error instanceof PySyntaxError) || error.pyClass === "MemoryError") return error;
  if (p.tokenizerFailed) return error;
  const errorToken = p.tokens[p.tokens.length - 1];
  return p.tokenizer.findLaterError(errorToken.lineno) ?? error;
}

/** bad_single_statement: anything but blanks and comments after the statement? */
function hasMoreStatements(p: Parser, source: string): boolean {
  let index = p.tokens[p.tokens.length - 1].end;
  while (index < source.length) {
    const c = source[index];
    if (c === " " || c === "\t" || c === "\n" || c === "\f") index++;
    else if (c === "#") {
      while (index < source.length && source[index] !== "\n") index++;
    } else return true;
  }
  return false;
}

/** Tokenizer errors pass through; a JS stack overflow becomes CPython's MemoryError. */
function asPythonError(p: Parser, error: unknown): unknown {
  if (error instanceof PySyntaxError) return error;
  if (error instanceof RangeError) {
    return new PySyntaxError("MemoryError", "", p.filename, 0, 0, null);
  }
  return error;
}

const START_RULES: Record<ParseMode, StartRule> = {
  exec: fileRule,
  eval: evalRule,
  single: interactiveRule,
  func_type: funcTypeRule,
};

/** file: [statements] ENDMARKER */
function fileRule(p: Parser): Mod | null {
  const body = statements(p) ?? [];
  if (!p.accept(T.ENDMARKER)) return null;
  return { _type: "Module", body, type_ignores: p.typeIgnores };
}

/** fstring: star_expressions (an f-string replacement field, already in parentheses) */
function fstringRule(p: Parser): Mod | null {
  const body: Expr | null = starExpressions(p);
  return body === null ? null : { _type: "Expression", body };
}

/** eval: expressions NEWLINE* ENDMARKER */
function evalRule(p: Parser): Mod | null {
  const body = expressions(p);
  if (body === null) return null;
  while (p.accept(T.NEWLINE));
  if (!p.accept(T.ENDMARKER)) return null;
  return { _type: "Expression", body };
}

/** interactive: statement_newline */
function interactiveRule(p: Parser): Mod | null {
  const kind = p.peek();
  if (kind === T.NEWLINE) {
    const token = p.tokens[p.pos++];
    const pass: Stmt = {
      _type: "Pass",
      lineno: token.lineno,
      col_offset: token.col,
      end_lineno: token.endLineno,
      end_col_offset: token.endCol,
    };
    return { _type: "Interactive", body: [pass] };
  }
  if (kind === T.ENDMARKER) return null;
  if (startsCompoundStatement(p)) {
    const mark = p.pos;
    const stmt = compoundStatement(p);
    if (stmt !== null && p.accept(T.NEWLINE)) return { _type: "Interactive", body: [stmt] };
    p.pos = mark;
  }
  const body: Stmt[] = [];
  if (!simpleStatements(p, body)) return null;
  return { _type: "Interactive", body };
}

/**
 * type_expressions: plain expressions, then optionally `*x` (and `**y` after
 * it) or `**y`; the stars are dropped from the tree.
 */
function typeExpressions(p: Parser): Expr[] | null {
  const items: Expr[] = [];
  let kind = p.peek();
  while (kind !== T.STAR && kind !== T.DOUBLESTAR) {
    const item = expression(p);
    if (item === null) return null;
    items.push(item);
    if (!p.accept(T.COMMA)) return items;
    kind = p.peek();
  }
  p.pos++;
  const starred = expression(p);
  if (starred === null) return null;
  items.push(starred);
  if (kind === T.STAR && p.accept(T.COMMA)) {
    if (!p.accept(T.DOUBLESTAR)) return null;
    const doubleStarred = expression(p);
    if (doubleStarred === null) return null;
    items.push(doubleStarred);
  }
  return items;
}

/** func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER */
function funcTypeRule(p: Parser): Mod | null {
  if (!p.accept(T.LPAR)) return null;
  const argtypes = p.peek() === T.RPAR ? [] : typeExpressions(p);
  if (argtypes === null) return null;
  if (!p.accept(T.RPAR) || !p.accept(T.RARROW)) return null;
  const returns = expression(p);
  if (returns === null) return null;
  while (p.accept(T.NEWLINE));
  if (!p.accept(T.ENDMARKER)) return null;
  return { _type: "FunctionType", argtypes, returns };
}
