/**
 * primary: an atom followed by any number of trailers, `.name`, `(arguments)`
 * and `[slices]` (the left-recursive `primary` rule of the grammar as a loop),
 * with call arguments and slices. A lone generator argument without its own
 * parentheses (`f(x for x in y)`) is the grammar's `primary genexp`
 * alternative: its node spans the call's parentheses. Every trailer node
 * starts where the whole primary started.
 */
import type { Expr, Keyword } from "../ast.ts";
import { singleton } from "../ast.ts";
import { T, type Token } from "../tokens.ts";
import * as invalid from "./invalid_expressions.ts";
import { KW } from "./keywords.ts";
import { MEMO, type Parser } from "./parser.ts";
import { atom, forIfClauses, identifier, starred, tuple } from "./atoms.ts";
import { assignmentExpression, expression, namedExpression } from "./expressions.ts";

/** primary: atom followed by any number of `.name`, `(args)`, `[slices]`. */
export function primary(p: Parser): Expr | null {
  return p.errorPass ? p.memoized(MEMO.primary, primaryRule) : primaryRule(p);
}

function primaryRule(p: Parser): Expr | null {
  const mark = p.pos;
  let value = atom(p);
  if (value === null) return null;
  for (;;) {
    const kind = p.peek();
    if (kind === T.DOT) {
      if (p.peekAt(1) !== T.NAME) return value;
      p.pos++;
      value = attribute(p, mark, value, p.tokens[p.pos++], "Load");
    } else if (kind === T.LPAR) {
      const call = callTrailer(p, mark, value);
      if (call === null) return value;
      value = call;
    } else if (kind === T.LSQB) {
      const subscript = subscriptTrailer(p, mark, value, "Load");
      if (subscript === null) return value;
      value = subscript;
    } else {
      return value;
    }
  }
}

export function attribute(
  p: Parser,
  mark: number,
  value: Expr,
  attr: Token,
  ctx: "Load" | "Store" | "Del",
): Expr {
  const span = p.span(mark);
  return {
    _type: "Attribute",
    value,
    attr: identifier(attr),
    ctx: singleton(ctx),
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

/** `[slices]` after a primary; null (position restored) when it does not parse. */
export function subscriptTrailer(
  p: Parser,
  mark: number,
  value: Expr,
  ctx: "Load" | "Store" | "Del",
): Expr | null {
  const before = p.pos;
  p.pos++;
  p.enter(TRAILER_DEPTH);
  const index = slices(p);
  p.level -= TRAILER_DEPTH;
  if (index === null || !p.accept(T.RSQB)) {
    p.pos = before;
    return null;
  }
  const span = p.span(mark);
  return {
    _type: "Subscript",
    value,
    slice: index,
    ctx: singleton(ctx),
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

/**
 * `genexp` or `'(' [arguments] ')'` after a primary. A lone generator argument
 * without its own parentheses is the genexp alternative: its node spans the
 * call's parentheses.
 */
export function callTrailer(p: Parser, mark: number, func: Expr): Expr | null {
  p.enter(TRAILER_DEPTH);
  const call = callTrailerRule(p, mark, func);
  p.level -= TRAILER_DEPTH;
  return call;
}

function callTrailerRule(p: Parser, mark: number, func: Expr): Expr | null {
  const open = p.pos;
  p.pos++;
  let args: Expr[];
  let keywords: Keyword[];
  if (p.accept(T.RPAR)) {
    args = [];
    keywords = [];
  } else {
    const parsed = callArguments(p, open);
    if (parsed === null) {
      p.pos = open;
      return null;
    }
    args = parsed.args;
    keywords = parsed.keywords;
  }
  const span = p.span(mark);
  return {
    _type: "Call",
    func,
    args,
    keywords,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

export function startsComprehension(p: Parser): boolean {
  const kind = p.peek();
  return kind === KW.for || (kind === KW.async && p.peekAt(1) === KW.for);
}

/**
 * arguments: args [','] &')', then the ')' (consumed here). `open` is the index
 * of the '(' token: a first argument followed by `for` is a generator
 * expression that borrows the call's parentheses (-1 where the grammar has no
 * genexp alternative, as in class bases).
 */
export function callArguments(p: Parser, open: number): CallArgumentList | null {
  const start = p.pos;
  const list = callArgumentList(p, open);
  if (list !== null) {
    if (list.closed) return list;
    p.accept(T.COMMA);
    if (p.accept(T.RPAR)) return list;
  }
  if (p.invalidPass) invalid.invalidArguments(p, start);
  p.pos = start;
  return null;
}

export interface CallArgumentList {
  args: Expr[];
  keywords: Keyword[];
  /** A lone generator argument consumed the closing ')'. */
  closed: boolean;
}

/**
 * args: positional arguments (starred or not) first; after the first keyword
 * only keywords, `*x` and `**x` may follow, and after the first `**x` only
 * keywords and `**x`. Stops before a ',' that no argument follows.
 */
export function callArgumentList(p: Parser, open: number): CallArgumentList | null {
  const start = p.pos;
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  let seenKeyword = false;
  let seenDoubleStar = false;
  for (;;) {
    if (p.invalidPass) invalid.invalidKeywordArgument(p);
    const kind = p.peek();
    const mark = p.pos;
    if (kind === T.NAME && p.peekAt(1) === T.EQUAL) {
      const nameToken = p.tokens[p.pos];
      p.pos += 2;
      const value = expression(p);
      if (value === null) {
        p.pos = mark;
        break;
      }
      keywords.push(keyword(p, mark, identifier(nameToken), value));
      seenKeyword = true;
    } else if (kind === T.DOUBLESTAR) {
      p.pos++;
      const value = expression(p);
      if (value === null) {
        p.pos = mark;
        break;
      }
      keywords.push(keyword(p, mark, null, value));
      seenKeyword = seenDoubleStar = true;
    } else if (kind === T.STAR) {
      if (seenDoubleStar) break;
      p.pos++;
      const value = expression(p);
      if (value === null) {
        p.pos = mark;
        break;
      }
      args.push(starred(p, mark, value));
    } else {
      if (seenKeyword) break;
      const value = kind === T.NAME && p.peekAt(1) === T.COLONEQUAL
        ? assignmentExpression(p)
        : expression(p);
      if (value === null || p.peek() === T.EQUAL || p.peek() === T.COLONEQUAL) {
        p.pos = mark;
        break;
      }
      if (mark === start && open >= 0 && startsComprehension(p)) {
        const generator = generatorAfterElement(p, open, value);
        if (generator !== null) return { args: [generator], keywords, closed: true };
        p.pos = mark;
        break;
      }
      args.push(value);
    }
    if (p.peek() !== T.COMMA) break;
    p.pos++;
  }
  if (p.pos === start) return null;
  if (p.kinds[p.pos - 1] === T.COMMA) p.pos--;
  return { args, keywords, closed: false };
}

/** The rest of a genexp whose '(' is at `open` and whose element is parsed. */
export function generatorAfterElement(p: Parser, open: number, elt: Expr): Expr | null {
  const generators = forIfClauses(p);
  if (generators === null || !p.accept(T.RPAR)) return null;
  const span = p.span(open);
  return {
    _type: "GeneratorExp",
    elt,
    generators,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

function keyword(p: Parser, mark: number, arg: string | null, value: Expr): Keyword {
  const span = p.span(mark);
  return {
    _type: "keyword",
    arg,
    value,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

/** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
export function slices(p: Parser): Expr | null {
  const mark = p.pos;
  const first = sliceOrStarred(p);
  if (first === null) return null;
  if (p.peek() !== T.COMMA && first._type !== "Starred") return first;
  const elts = [first];
  while (p.peek() === T.COMMA) {
    const before = p.pos;
    p.pos++;
    const next = sliceOrStarred(p);
    if (next === null) {
      p.pos = before + 1;
      break;
    }
    elts.push(next);
  }
  return tuple(p, mark, elts, "Load");
}

function sliceOrStarred(p: Parser): Expr | null {
  if (p.peek() === T.STAR) {
    const mark = p.pos;
    p.pos++;
    const value = expression(p);
    if (value === null) {
      p.pos = mark;
      return null;
    }
    return starred(p, mark, value);
  }
  return slice(p);
}

/** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
function slice(p: Parser): Expr | null {
  const mark = p.pos;
  let lower: Expr | null = null;
  if (p.peek() !== T.COLON) {
    if (p.peek() === T.NAME && p.peekAt(1) === T.COLONEQUAL) return namedExpression(p);
    lower = expression(p);
    if (lower === null) return p.invalidPass ? namedExpression(p) : null;
    if (p.peek() !== T.COLON) {
      // The grammar's second alternative, named_expression (whose invalid
      // rules the error pass must run).
      if (p.peek() === T.COLONEQUAL || p.errorPass) {
        p.pos = mark;
        return namedExpression(p);
      }
      return lower;
    }
  }
  p.pos++;
  const upper = optionalExpression(p);
  let step: Expr | null = null;
  if (p.accept(T.COLON)) step = optionalExpression(p);
  const span = p.span(mark);
  return {
    _type: "Slice",
    lower,
    upper,
    step,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

function optionalExpression(p: Parser): Expr | null {
  const kind = p.peek();
  if (kind === T.COLON || kind === T.RSQB || kind === T.COMMA) return null;
  return expression(p);
}

/** Levels CPython's rules add per call/subscript trailer (see MAX_RULE_DEPTH). */
const TRAILER_DEPTH = 23;
