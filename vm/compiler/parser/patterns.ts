/**
 * Match statement cases and patterns (PEP 634), the `case_block` ... rules of
 * the grammar. `match`, `case` and `_` are soft keywords: plain NAME tokens
 * that mean something only here.
 *
 * A closed pattern is chosen by its first token: a number, `-`, a string or
 * None/True/False is a literal; `_` the wildcard; a name is a capture unless a
 * `.`, `(` or `=` follows, in which case it starts a value or class pattern;
 * `(`/`[` a group or sequence; `{` a mapping.
 */
import type { Expr, MatchCase, Pattern } from "../ast.ts";
import { PyComplex, singleton } from "../ast.ts";
import { T } from "../tokens.ts";
import { block } from "./compound.ts";
import * as invalid from "./invalid_statements.ts";
import { KW } from "./keywords.ts";
import type { Parser } from "./parser.ts";
import { constant, identifier, name, numberFromToken, strings, tuple } from "./atoms.ts";
import { namedExpression, starNamedExpression, starNamedExpressions } from "./expressions.ts";
import { attribute } from "./primary.ts";

/** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
export function subjectExpression(p: Parser): Expr | null {
  const mark = p.pos;
  const first = starNamedExpression(p);
  if (first === null) return null;
  if (p.peek() !== T.COMMA) {
    if (first._type === "Starred") {
      p.pos = mark;
      return null;
    }
    return first;
  }
  p.pos++;
  const elts = [first];
  const rest = starNamedExpressions(p);
  if (rest !== null) elts.push(...rest);
  return tuple(p, mark, elts, "Load");
}

/** case_block: "case" patterns guard? ':' block */
export function caseBlock(p: Parser): MatchCase | null {
  if (!p.atSoftKeyword("case")) return null;
  if (p.invalidPass) invalid.invalidCaseBlock(p);
  const mark = p.pos;
  p.pos++;
  const pattern = patterns(p);
  if (pattern === null) return fail(p, mark);
  let guard: Expr | null = null;
  if (p.peek() === KW.if) {
    p.pos++;
    guard = namedExpression(p);
    if (guard === null) return fail(p, mark);
  }
  if (!p.accept(T.COLON)) return fail(p, mark);
  const body = block(p);
  if (body === null) return fail(p, mark);
  return { _type: "match_case", pattern, guard, body };
}

function fail(p: Parser, mark: number): null {
  p.pos = mark;
  return null;
}

function located<P extends Record<string, unknown>>(p: Parser, mark: number, fields: P): Pattern {
  const span = p.span(mark);
  const node = fields as unknown as Pattern;
  node.lineno = span.lineno;
  node.col_offset = span.col_offset;
  node.end_lineno = span.end_lineno;
  node.end_col_offset = span.end_col_offset;
  return node;
}

/** patterns: open_sequence_pattern | pattern */
export function patterns(p: Parser): Pattern | null {
  const mark = p.pos;
  const first = maybeStarPattern(p);
  if (first === null) return null;
  if (p.peek() !== T.COMMA) {
    if (first._type === "MatchStar") return fail(p, mark);
    return first;
  }
  p.pos++;
  const items = [first, ...(maybeSequencePattern(p) ?? [])];
  return located(p, mark, { _type: "MatchSequence", patterns: items });
}

/** pattern: as_pattern | or_pattern */
export function pattern(p: Parser): Pattern | null {
  p.enter();
  const mark = p.pos;
  const result = orPattern(p);
  p.level--;
  if (result === null || p.peek() !== KW.as) return result;
  const before = p.pos;
  p.pos++;
  const target = captureTarget(p);
  if (target === null) {
    if (p.invalidPass) invalid.invalidAsPattern(p, before);
    p.pos = before;
    return result;
  }
  return located(p, mark, { _type: "MatchAs", pattern: result, name: target });
}

/** or_pattern: '|'.closed_pattern+ */
function orPattern(p: Parser): Pattern | null {
  const mark = p.pos;
  const first = closedPattern(p);
  if (first === null || p.peek() !== T.VBAR) return first;
  const alternatives = [first];
  while (p.peek() === T.VBAR) {
    const before = p.pos;
    p.pos++;
    const next = closedPattern(p);
    if (next === null) {
      p.pos = before;
      break;
    }
    alternatives.push(next);
  }
  return located(p, mark, { _type: "MatchOr", patterns: alternatives });
}

function closedPattern(p: Parser): Pattern | null {
  const mark = p.pos;
  const kind = p.peek();
  switch (kind) {
    case T.NUMBER:
    case T.MINUS:
    case T.STRING: {
      const value = literalExpression(p);
      return value === null ? null : located(p, mark, { _type: "MatchValue", value });
    }
    case KW.None:
    case KW.True:
    case KW.False: {
      p.pos++;
      const value = kind === KW.None ? null : kind === KW.True;
      return located(p, mark, { _type: "MatchSingleton", value });
    }
    case T.NAME:
      return namePattern(p);
    case T.LPAR:
      return groupOrSequence(p);
    case T.LSQB: {
      p.pos++;
      const items = p.peek() === T.RSQB ? [] : maybeSequencePattern(p);
      if (items === null || !p.accept(T.RSQB)) return fail(p, mark);
      return located(p, mark, { _type: "MatchSequence", patterns: items });
    }
    case T.LBRACE:
      return mappingPattern(p);
    default:
      return null;
  }
}

/** A pattern starting with a NAME: wildcard, capture, value or class pattern. */
function namePattern(p: Parser): Pattern | null {
  const mark = p.pos;
  const first = p.tokens[p.pos];
  const next = p.peekAt(1);
  if (next !== T.DOT && next !== T.LPAR && next !== T.EQUAL) {
    p.pos++;
    const capture = first.string === "_" ? null : identifier(first);
    return located(p, mark, { _type: "MatchAs", pattern: null, name: capture });
  }
  const dotted = nameOrAttribute(p);
  if (dotted === null) return null;
  if (p.peek() === T.LPAR) return classPattern(p, mark, dotted);
  if (dotted._type !== "Attribute" || p.peek() === T.DOT || p.peek() === T.EQUAL) {
    return fail(p, mark);
  }
  return located(p, mark, { _type: "MatchValue", value: dotted });
}

/** name_or_attr: NAME ('.' NAME)* */
function nameOrAttribute(p: Parser): Expr | null {
  const mark = p.pos;
  const first = p.expect(T.NAME);
  if (first === null) return null;
  let value = name(p, first, "Load");
  while (p.peek() === T.DOT && p.peekAt(1) === T.NAME) {
    p.pos++;
    value = attribute(p, mark, value, p.tokens[p.pos++], "Load");
  }
  return value;
}

/** pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
function captureTarget(p: Parser): string | null {
  if (p.peek() !== T.NAME) return null;
  const token = p.tokens[p.pos];
  if (token.string === "_") return null;
  const next = p.peekAt(1);
  if (next === T.DOT || next === T.LPAR || next === T.EQUAL) return null;
  p.pos++;
  return identifier(token);
}

/** group_pattern | sequence_pattern in parentheses */
function groupOrSequence(p: Parser): Pattern | null {
  const mark = p.pos;
  p.pos++;
  if (p.accept(T.RPAR)) return located(p, mark, { _type: "MatchSequence", patterns: [] });
  const first = maybeStarPattern(p);
  if (first === null) return fail(p, mark);
  if (first._type !== "MatchStar" && p.accept(T.RPAR)) return first;
  if (!p.accept(T.COMMA)) return fail(p, mark);
  const items = [first, ...(maybeSequencePattern(p) ?? [])];
  if (!p.accept(T.RPAR)) return fail(p, mark);
  return located(p, mark, { _type: "MatchSequence", patterns: items });
}

/** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
function maybeSequencePattern(p: Parser): Pattern[] | null {
  const first = maybeStarPattern(p);
  if (first === null) return null;
  const items = [first];
  while (p.peek() === T.COMMA) {
    p.pos++;
    const next = maybeStarPattern(p);
    if (next === null) break;
    items.push(next);
  }
  return items;
}

/** maybe_star_pattern: star_pattern | pattern */
function maybeStarPattern(p: Parser): Pattern | null {
  if (p.peek() !== T.STAR) return pattern(p);
  const mark = p.pos;
  p.pos++;
  if (p.peek() !== T.NAME) return fail(p, mark);
  const token = p.tokens[p.pos];
  const target = token.string === "_" ? null : captureTarget(p);
  if (target === null && token.string !== "_") return fail(p, mark);
  if (target === null) p.pos++;
  return located(p, mark, { _type: "MatchStar", name: target });
}

/** mapping_pattern: '{' [items_pattern] [',' double_star_pattern] ','? '}' */
function mappingPattern(p: Parser): Pattern | null {
  const mark = p.pos;
  p.pos++;
  const keys: Expr[] = [];
  const values: Pattern[] = [];
  let rest: string | null = null;
  for (;;) {
    const kind = p.peek();
    if (kind === T.RBRACE) break;
    if (kind === T.DOUBLESTAR) {
      p.pos++;
      rest = captureTarget(p);
      if (rest === null) return fail(p, mark);
      p.accept(T.COMMA);
      break;
    }
    let key: Expr | null;
    if (kind === KW.None || kind === KW.True || kind === KW.False) {
      key = constant(p, p.tokens[p.pos++], kind === KW.None ? null : kind === KW.True);
    } else {
      key = kind === T.NAME ? nameOrAttribute(p) : literalExpression(p);
    }
    if (key === null || (kind === T.NAME && key._type !== "Attribute")) {
      return fail(p, mark);
    }
    if (!p.accept(T.COLON)) return fail(p, mark);
    const value = pattern(p);
    if (value === null) return fail(p, mark);
    keys.push(key);
    values.push(value);
    if (!p.accept(T.COMMA)) break;
  }
  if (!p.accept(T.RBRACE)) return fail(p, mark);
  return located(p, mark, { _type: "MatchMapping", keys, patterns: values, rest });
}

/** class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ','? ')' */
function classPattern(p: Parser, mark: number, cls: Expr): Pattern | null {
  const open = p.pos;
  p.pos++;
  const positional: Pattern[] = [];
  const keywordNames: string[] = [];
  const keywordPatterns: Pattern[] = [];
  while (p.peek() !== T.RPAR) {
    if (p.peek() === T.NAME && p.peekAt(1) === T.EQUAL) {
      const keyword = p.tokens[p.pos];
      p.pos += 2;
      const value = pattern(p);
      if (value === null) return fail(p, mark);
      keywordNames.push(identifier(keyword));
      keywordPatterns.push(value);
    } else {
      if (keywordNames.length > 0) {
        if (p.invalidPass) invalid.invalidClassPattern(p, open);
        return fail(p, mark);
      }
      const value = pattern(p);
      if (value === null) return fail(p, mark);
      positional.push(value);
    }
    if (!p.accept(T.COMMA)) break;
  }
  if (!p.accept(T.RPAR)) return fail(p, mark);
  return located(p, mark, {
    _type: "MatchClass",
    cls,
    patterns: positional,
    kwd_attrs: keywordNames,
    kwd_patterns: keywordPatterns,
  });
}

/**
 * literal_expr minus None/True/False: signed_number !('+' | '-') |
 * complex_number | strings.
 */
function literalExpression(p: Parser): Expr | null {
  const mark = p.pos;
  if (p.peek() === T.STRING) return strings(p);
  const real = signedNumber(p);
  if (real === null) return null;
  const kind = p.peek();
  if (kind !== T.PLUS && kind !== T.MINUS) return real;
  checkRealNumber(p, real);
  p.pos++;
  const imaginaryToken = p.expect(T.NUMBER);
  if (imaginaryToken === null) return fail(p, mark);
  const imaginary = numberFromToken(p, imaginaryToken);
  if (!(imaginary._type === "Constant" && imaginary.value instanceof PyComplex)) {
    p.raiseKnownLocation(imaginary, "imaginary number required in complex literal");
  }
  const span = p.span(mark);
  return {
    _type: "BinOp",
    left: real,
    op: singleton(kind === T.PLUS ? "Add" : "Sub"),
    right: imaginary,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

/** _PyPegen_ensure_real: raised on the first pass, as an action error. */
function checkRealNumber(p: Parser, value: Expr): void {
  const literal = value._type === "UnaryOp" ? value.operand : value;
  if (literal._type === "Constant" && literal.value instanceof PyComplex) {
    p.raiseKnownLocation(literal, "real number required in complex literal");
  }
}

/** signed_number: NUMBER | '-' NUMBER */
function signedNumber(p: Parser): Expr | null {
  const mark = p.pos;
  if (p.accept(T.MINUS)) {
    const token = p.expect(T.NUMBER);
    if (token === null) return fail(p, mark);
    const operand = numberFromToken(p, token);
    const span = p.span(mark);
    return {
      _type: "UnaryOp",
      op: singleton("USub"),
      operand,
      lineno: span.lineno,
      col_offset: span.col_offset,
      end_lineno: span.end_lineno,
      end_col_offset: span.end_col_offset,
    };
  }
  const token = p.expect(T.NUMBER);
  return token === null ? null : numberFromToken(p, token);
}
