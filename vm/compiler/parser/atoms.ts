/**
 * atom: names, constants, numbers, strings, and the bracketed displays with
 * their comprehensions. Alternatives sharing a prefix (tuple | group | genexp,
 * list | listcomp, dict | set | dictcomp | setcomp) are told apart after one
 * parse of the first element, by the token that follows it. A parenthesised
 * expression (group) keeps its own position, without the parentheses.
 */
import type { Comprehension, ConstantValue, Expr } from "../ast.ts";
import { Ellipsis, singleton } from "../ast.ts";
import { T, type Token } from "../tokens.ts";
import * as invalid from "./invalid_expressions.ts";
import { KW } from "./keywords.ts";
import { IntegerTooLong, parseNumber } from "./numbers.ts";
import type { Parser } from "./parser.ts";
import { starTargets } from "./targets.ts";
import {
  assignmentExpression,
  bitwiseOr,
  disjunction,
  expression,
  starNamedExpression,
  starNamedExpressions,
  yieldExpr,
} from "./expressions.ts";
import { generatorAfterElement, startsComprehension } from "./primary.ts";

/**
 * Levels CPython's rules add per bracketed display (see MAX_RULE_DEPTH;
 * measured by nesting displays under 5000 unary minus signs on /usr/bin/python3.11).
 */
const BRACKET_DEPTH = 27;

export function atom(p: Parser): Expr | null {
  const kind = p.peek();
  switch (kind) {
    case T.NAME:
      return name(p, p.tokens[p.pos++], "Load");
    case T.NUMBER:
      return number(p);
    case T.STRING:
      return strings(p);
    case T.LPAR:
    case T.LSQB:
    case T.LBRACE: {
      p.enter(BRACKET_DEPTH);
      const display = kind === T.LPAR
        ? parenthesized(p)
        : kind === T.LSQB
        ? bracketed(p)
        : braced(p);
      p.level -= BRACKET_DEPTH;
      return display;
    }
    case KW.True:
      return constant(p, p.tokens[p.pos++], true);
    case KW.False:
      return constant(p, p.tokens[p.pos++], false);
    case KW.None:
      return constant(p, p.tokens[p.pos++], null);
    case T.ELLIPSIS:
      return constant(p, p.tokens[p.pos++], Ellipsis);
    default:
      return null;
  }
}

function number(p: Parser): Expr {
  return numberFromToken(p, p.tokens[p.pos++]);
}

/** A NUMBER token's Constant (CPython's _PyPegen_number_token). */
export function numberFromToken(p: Parser, token: Token): Expr {
  const value = parseNumber(token.string);
  if (value instanceof IntegerTooLong) {
    p.raiseAt(
      "SyntaxError",
      `Exceeds the limit (4300 digits) for integer string conversion: value has ${value.digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
      token.lineno,
      -1,
      token.endLineno,
      -1,
    );
  }
  return constant(p, token, value);
}

export function constant(
  _p: Parser,
  token: Token,
  value: ConstantValue,
): Expr {
  return {
    _type: "Constant",
    value,
    kind: null,
    lineno: token.lineno,
    col_offset: token.col,
    end_lineno: token.endLineno,
    end_col_offset: token.endCol,
  };
}

/** strings: STRING+, handed to strings.ts as one run. */
export function strings(p: Parser): Expr {
  const run: Token[] = [];
  while (p.peek() === T.STRING) run.push(p.tokens[p.pos++]);
  return p.parseStrings(run);
}

export function identifier(token: Token): string {
  const text = token.string;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return text.normalize("NFKC");
  }
  return text;
}

export function name(_p: Parser, token: Token, ctx: "Load" | "Store" | "Del"): Expr {
  return {
    _type: "Name",
    id: identifier(token),
    ctx: singleton(ctx),
    lineno: token.lineno,
    col_offset: token.col,
    end_lineno: token.endLineno,
    end_col_offset: token.endCol,
  };
}

export function starred(
  p: Parser,
  mark: number,
  value: Expr,
  ctx: "Load" | "Store" = "Load",
): Expr {
  const span = p.span(mark);
  return {
    _type: "Starred",
    value,
    ctx: singleton(ctx),
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

export function tuple(p: Parser, mark: number, elts: Expr[], ctx: "Load" | "Store" | "Del"): Expr {
  const span = p.span(mark);
  return {
    _type: "Tuple",
    elts,
    ctx: singleton(ctx),
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

export function list(p: Parser, mark: number, elts: Expr[], ctx: "Load" | "Store" | "Del"): Expr {
  const span = p.span(mark);
  return {
    _type: "List",
    elts,
    ctx: singleton(ctx),
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

/** '(' ... ')': tuple | group | genexp */
function parenthesized(p: Parser): Expr | null {
  const mark = p.pos;
  p.pos++;
  const kind = p.peek();
  if (kind === T.RPAR) {
    p.pos++;
    return tuple(p, mark, [], "Load");
  }
  if (kind === KW.yield) {
    const value = yieldExpr(p);
    if (value !== null && p.accept(T.RPAR)) return value;
    p.pos = mark;
    return p.invalidPass ? invalid.invalidGroup(p) : null;
  }
  const first = starNamedExpression(p);
  if (first !== null) {
    const next = p.peek();
    if (next === T.COMMA) {
      p.pos++;
      const elts = [first];
      if (p.peek() !== T.RPAR) {
        const rest = starNamedExpressions(p);
        if (rest !== null) elts.push(...rest);
      }
      if (p.accept(T.RPAR)) return tuple(p, mark, elts, "Load");
    } else if (next === T.RPAR) {
      if (first._type !== "Starred") {
        p.pos++;
        return first;
      }
    } else if (first._type !== "Starred" && startsComprehension(p)) {
      const generator = generatorAfterElement(p, mark, first);
      if (generator !== null) return generator;
    }
  }
  p.pos = mark;
  if (p.invalidPass) {
    invalid.invalidGroup(p);
    invalid.invalidComprehension(p);
  }
  return null;
}

/** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' */
export function genexp(p: Parser): Expr | null {
  const mark = p.pos;
  if (!p.accept(T.LPAR)) return null;
  const elt = p.peek() === T.NAME && p.peekAt(1) === T.COLONEQUAL
    ? assignmentExpression(p)
    : expression(p);
  if (elt !== null && p.peek() !== T.COLONEQUAL) {
    const generator = generatorAfterElement(p, mark, elt);
    if (generator !== null) return generator;
  }
  p.pos = mark;
  if (p.invalidPass) invalid.invalidComprehension(p);
  return null;
}

/** '[' ... ']': list | listcomp */
function bracketed(p: Parser): Expr | null {
  const mark = p.pos;
  p.pos++;
  if (p.accept(T.RSQB)) return list(p, mark, [], "Load");
  const first = starNamedExpression(p);
  if (first !== null) {
    if (first._type !== "Starred" && startsComprehension(p)) {
      const generators = forIfClauses(p);
      if (generators !== null && p.accept(T.RSQB)) {
        const span = p.span(mark);
        return {
          _type: "ListComp",
          elt: first,
          generators,
          lineno: span.lineno,
          col_offset: span.col_offset,
          end_lineno: span.end_lineno,
          end_col_offset: span.end_col_offset,
        };
      }
    } else {
      const elts = [first];
      if (p.accept(T.COMMA) && p.peek() !== T.RSQB) {
        const rest = starNamedExpressions(p);
        if (rest !== null) elts.push(...rest);
      }
      if (p.accept(T.RSQB)) return list(p, mark, elts, "Load");
    }
  }
  p.pos = mark;
  if (p.invalidPass) invalid.invalidComprehension(p);
  return null;
}

/** '{' ... '}': dict | set | dictcomp | setcomp */
function braced(p: Parser): Expr | null {
  const mark = p.pos;
  p.pos++;
  const kind = p.peek();
  if (kind === T.RBRACE) {
    p.pos++;
    return dict(p, mark, [], []);
  }
  let result: Expr | null = null;
  // A `**` or `key :` start makes the failure a dict's (see below).
  let dictStarted = kind === T.DOUBLESTAR;
  if (kind === T.DOUBLESTAR) {
    result = dictItems(p, mark, [], []);
  } else if (kind === T.STAR || (kind === T.NAME && p.peekAt(1) === T.COLONEQUAL)) {
    result = setItems(p, mark, starNamedExpression(p));
  } else {
    const key = expression(p);
    if (key !== null) {
      if (p.accept(T.COLON)) {
        dictStarted = true;
        const value = expression(p);
        if (value !== null) {
          if (startsComprehension(p)) {
            const generators = forIfClauses(p);
            if (generators !== null && p.accept(T.RBRACE)) {
              const span = p.span(mark);
              return {
                _type: "DictComp",
                key,
                value,
                generators,
                lineno: span.lineno,
                col_offset: span.col_offset,
                end_lineno: span.end_lineno,
                end_col_offset: span.end_col_offset,
              };
            }
          } else {
            result = dictItems(p, mark, [key], [value]);
          }
        }
      } else if (p.errorPass) {
        // The set alternative re-parses its element as a named_expression,
        // whose invalid rules the error pass must run.
        p.pos = mark + 1;
        result = setItems(p, mark, starNamedExpression(p));
      } else if (p.peek() !== T.COLONEQUAL) {
        result = setItems(p, mark, key);
      }
    }
  }
  if (result !== null) return result;
  p.pos = mark;
  if (dictStarted) invalid.dictInvalidAlternative(p, mark);
  if (p.invalidPass) invalid.invalidBraced(p);
  return null;
}

function dict(p: Parser, mark: number, keys: (Expr | null)[], values: Expr[]): Expr {
  const span = p.span(mark);
  return {
    _type: "Dict",
    keys,
    values,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

/** The rest of double_starred_kvpairs after the pairs already parsed, then '}'. */
function dictItems(p: Parser, mark: number, keys: (Expr | null)[], values: Expr[]): Expr | null {
  let needSeparator = keys.length > 0;
  for (;;) {
    if (needSeparator) {
      if (!p.accept(T.COMMA)) break;
    }
    needSeparator = true;
    const kind = p.peek();
    if (kind === T.DOUBLESTAR) {
      const before = p.pos;
      p.pos++;
      const value = bitwiseOr(p);
      if (value === null) {
        p.pos = before;
        break;
      }
      keys.push(null);
      values.push(value);
      continue;
    }
    if (kind === T.RBRACE) break;
    const before = p.pos;
    const key = expression(p);
    if (key === null || !p.accept(T.COLON)) {
      p.pos = before;
      break;
    }
    const value = expression(p);
    if (value === null) {
      p.pos = before;
      break;
    }
    keys.push(key);
    values.push(value);
  }
  if (!p.accept(T.RBRACE)) return null;
  return dict(p, mark, keys, values);
}

/** set | setcomp, after the '{' at `mark`. */
function setItems(p: Parser, mark: number, first: Expr | null): Expr | null {
  if (first === null) return null;
  if (first._type !== "Starred" && startsComprehension(p)) {
    const generators = forIfClauses(p);
    if (generators === null || !p.accept(T.RBRACE)) return null;
    const span = p.span(mark);
    return {
      _type: "SetComp",
      elt: first,
      generators,
      lineno: span.lineno,
      col_offset: span.col_offset,
      end_lineno: span.end_lineno,
      end_col_offset: span.end_col_offset,
    };
  }
  const elts = [first];
  if (p.accept(T.COMMA) && p.peek() !== T.RBRACE) {
    const rest = starNamedExpressions(p);
    if (rest !== null) elts.push(...rest);
  }
  if (!p.accept(T.RBRACE)) return null;
  const span = p.span(mark);
  return {
    _type: "Set",
    elts,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

/** for_if_clauses: for_if_clause+ */
export function forIfClauses(p: Parser): Comprehension[] | null {
  const clauses: Comprehension[] = [];
  for (;;) {
    const clause = forIfClause(p);
    if (clause === null) break;
    clauses.push(clause);
  }
  return clauses.length === 0 ? null : clauses;
}

function forIfClause(p: Parser): Comprehension | null {
  const mark = p.pos;
  let isAsync = 0;
  if (p.peek() === KW.async) {
    if (p.peekAt(1) !== KW.for) return null;
    p.pos++;
    isAsync = 1;
  }
  if (!p.accept(KW.for)) return null;
  const target = starTargets(p);
  if (target !== null && p.accept(KW.in)) {
    const iter = disjunction(p);
    if (iter === null) {
      p.pos = mark;
      return null;
    }
    const ifs: Expr[] = [];
    while (p.peek() === KW.if) {
      const before = p.pos;
      p.pos++;
      const condition = disjunction(p);
      if (condition === null) {
        p.pos = before;
        break;
      }
      ifs.push(condition);
    }
    return { _type: "comprehension", target, iter, ifs, is_async: isAsync };
  }
  p.pos = mark;
  if (p.invalidPass) invalid.invalidForTarget(p);
  return null;
}
