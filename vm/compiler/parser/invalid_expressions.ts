/**
 * The invalid_* rules of the expression grammar (CPython 3.11), active only on
 * the second parser pass. Each function tries its rule's alternatives at the
 * current position and raises the rule's SyntaxError when one matches;
 * otherwise it restores the position and returns, so the caller goes on with
 * the valid alternatives exactly where the grammar lists the invalid rule.
 */
import { type Comprehension, Ellipsis, type Expr, type Keyword } from "../ast.ts";
import { T } from "../tokens.ts";
import { KW } from "./keywords.ts";
import type { Parser } from "./parser.ts";
import { forIfClauses } from "./atoms.ts";
import {
  bitwiseOr,
  disjunction,
  expression,
  expressionWithoutInvalid,
  starExpressions,
  starNamedExpression,
  starNamedExpressions,
} from "./expressions.ts";
import { callArgumentList } from "./primary.ts";

/** _PyPegen_get_expr_name: how error messages name an expression. */
export function expressionName(node: Expr): string {
  switch (node._type) {
    case "Attribute":
      return "attribute";
    case "Subscript":
      return "subscript";
    case "Starred":
      return "starred";
    case "Name":
      return "name";
    case "List":
      return "list";
    case "Tuple":
      return "tuple";
    case "Lambda":
      return "lambda";
    case "Call":
      return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "GeneratorExp":
      return "generator expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Await":
      return "await expression";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression";
    case "Constant": {
      const value = node.value;
      if (value === null) return "None";
      if (value === false) return "False";
      if (value === true) return "True";
      if (value === Ellipsis) return "ellipsis";
      return "literal";
    }
    case "Compare":
      return "comparison";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    default:
      return node._type;
  }
}

export type TargetsKind = "star" | "del" | "for";

/** _PyPegen_get_invalid_target: the part of `node` that cannot be a target. */
export function invalidTarget(node: Expr, kind: TargetsKind): Expr | null {
  switch (node._type) {
    case "List":
    case "Tuple":
      for (const element of node.elts) {
        const found = invalidTarget(element, kind);
        if (found !== null) return found;
      }
      return null;
    case "Starred":
      return kind === "del" ? node : invalidTarget(node.value, kind);
    case "Compare":
      if (kind === "for") {
        return node.ops[0]._type === "In" ? invalidTarget(node.left, kind) : null;
      }
      return node;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return node;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET (3.11 raises nothing when no part is invalid). */
export function raiseInvalidTarget(p: Parser, kind: TargetsKind, node: Expr): void {
  const target = invalidTarget(node, kind);
  if (target !== null) {
    const verb = kind === "del" ? "cannot delete" : "cannot assign to";
    p.raiseKnownLocation(target, `${verb} ${expressionName(target)}`);
  }
}

/** Run `body` at the current position and always restore the position afterwards. */
export function attempt(p: Parser, body: () => void): void {
  const mark = p.pos;
  body();
  p.pos = mark;
}

function isLegacyName(node: Expr): boolean {
  return node._type === "Name" && (node.id === "print" || node.id === "exec");
}

/**
 * invalid_expression:
 *   !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid  ("Perhaps you forgot a comma?")
 *   disjunction 'if' disjunction !('else'|':')                             ("expected 'else' ...")
 */
export function invalidExpression(p: Parser): void {
  attempt(p, () => {
    const kind = p.peek();
    if (kind === T.NAME) {
      if (p.peekAt(1) === T.STRING) return;
      // CPython 3.11's SOFT_KEYWORD test compares only the token's length of
      // characters, so any prefix of a soft keyword ("c", "ma", ...) counts.
      const word = p.tokens[p.pos].string;
      if ("match".startsWith(word) || "case".startsWith(word) || word === "_") return;
    }
    const first = disjunction(p);
    if (first === null) return;
    const second = expressionWithoutInvalid(p);
    if (second === null) return;
    if (isLegacyName(first) || p.levels[p.pos - 1] === 0) return;
    p.raiseKnownRange(first, second, "invalid syntax. Perhaps you forgot a comma?");
  });
  attempt(p, () => {
    const body = disjunction(p);
    if (body === null || !p.accept(KW.if)) return;
    const test = disjunction(p);
    if (test === null) return;
    const next = p.peek();
    if (next === KW.else || next === T.COLON) return;
    p.raiseKnownRange(body, test, "expected 'else' after 'if' expression");
  });
}

/** invalid_legacy_expression: NAME !'(' star_expressions, for print/exec. */
export function invalidLegacyExpression(p: Parser): void {
  attempt(p, () => {
    const token = p.expect(T.NAME);
    if (token === null || p.peek() === T.LPAR) return;
    const rest = starExpressions(p);
    if (rest === null || (token.string !== "print" && token.string !== "exec")) return;
    p.raiseKnownRange(
      token,
      rest,
      `Missing parentheses in call to '${token.string}'. Did you mean ${token.string}(...)?`,
    );
  });
}

/** invalid_named_expression (memoized in CPython; the raise makes that moot). */
export function invalidNamedExpression(p: Parser): void {
  attempt(p, () => {
    const target = expression(p);
    if (target === null || !p.accept(T.COLONEQUAL)) return;
    if (expression(p) === null) return;
    p.raiseKnownLocation(
      target,
      `cannot use assignment expressions with ${expressionName(target)}`,
    );
  });
  attempt(p, () => {
    const nameToken = p.expect(T.NAME);
    if (nameToken === null || !p.accept(T.EQUAL)) return;
    const value = bitwiseOr(p);
    if (value === null || p.peek() === T.EQUAL || p.peek() === T.COLONEQUAL) return;
    p.raiseKnownRange(
      nameToken,
      value,
      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
    );
  });
  attempt(p, () => {
    const kind = p.peek();
    if (kind === KW.True || kind === KW.None || kind === KW.False) return;
    if (kind === T.LSQB || kind === T.LPAR) {
      // !(list | tuple | genexp)
      const mark = p.pos;
      const atom = bitwiseOr(p);
      const isExcluded = atom !== null && p.pos === endOfBracket(p, mark) &&
        (atom._type === "List" || atom._type === "Tuple" || atom._type === "GeneratorExp");
      p.pos = mark;
      if (isExcluded) return;
    }
    const target = bitwiseOr(p);
    if (target === null || !p.accept(T.EQUAL)) return;
    if (bitwiseOr(p) === null) return;
    if (p.peek() === T.EQUAL || p.peek() === T.COLONEQUAL) return;
    p.raiseKnownLocation(
      target,
      `cannot assign to ${expressionName(target)} here. Maybe you meant '==' instead of '='?`,
    );
  });
}

/** Index just after the bracket that closes the one at `mark` (or -1). */
function endOfBracket(p: Parser, mark: number): number {
  let depth = 0;
  for (let index = mark; index < p.tokens.length; index++) {
    const kind = p.kinds[index];
    if (kind === T.LPAR || kind === T.LSQB || kind === T.LBRACE) depth++;
    else if (kind === T.RPAR || kind === T.RSQB || kind === T.RBRACE) {
      if (--depth === 0) return index + 1;
    }
  }
  return -1;
}

/** invalid_group: '(' starred_expression ')' | '(' '**' expression ')' */
export function invalidGroup(p: Parser): null {
  attempt(p, () => {
    if (!p.accept(T.LPAR)) return;
    const star = p.peek();
    if (star !== T.STAR && star !== T.DOUBLESTAR) return;
    const starToken = p.tokens[p.pos++];
    const value = expression(p);
    if (value === null || !p.accept(T.RPAR)) return;
    if (star === T.STAR) {
      const span = {
        lineno: starToken.lineno,
        col_offset: starToken.col,
        end_lineno: value.end_lineno,
        end_col_offset: value.end_col_offset,
      };
      p.raiseKnownLocation(span, "cannot use starred expression here");
    }
    p.raiseKnownLocation(starToken, "cannot use double starred expression here");
  });
  return null;
}

/**
 * invalid_comprehension:
 *   ('[' | '(' | '{') starred_expression for_if_clauses
 *   ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
 *   ('[' | '{') star_named_expression ',' for_if_clauses
 */
export function invalidComprehension(p: Parser): void {
  attempt(p, () => {
    const open = p.peek();
    if (open !== T.LSQB && open !== T.LPAR && open !== T.LBRACE) return;
    p.pos++;
    if (p.peek() !== T.STAR) return;
    const mark = p.pos;
    p.pos++;
    const value = expression(p);
    if (value === null) return;
    const starredSpan = {
      lineno: p.tokens[mark].lineno,
      col_offset: p.tokens[mark].col,
      end_lineno: value.end_lineno,
      end_col_offset: value.end_col_offset,
    };
    if (forIfClauses(p) === null) return;
    p.raiseKnownLocation(starredSpan, "iterable unpacking cannot be used in comprehension");
  });
  attempt(p, () => {
    const open = p.peek();
    if (open !== T.LSQB && open !== T.LBRACE) return;
    p.pos++;
    const first = starNamedExpression(p);
    if (first === null || !p.accept(T.COMMA)) return;
    const commaToken = p.tokens[p.pos - 1];
    const rest = starNamedExpressions(p);
    if (rest !== null && forIfClauses(p) !== null) {
      p.raiseKnownRange(
        first,
        rest[rest.length - 1],
        "did you forget parentheses around the comprehension target?",
      );
    }
    p.pos = p.tokens.indexOf(commaToken) + 1;
    if (rest === null && forIfClauses(p) !== null) {
      p.raiseKnownRange(
        first,
        commaToken,
        "did you forget parentheses around the comprehension target?",
      );
    }
  });
}

/** invalid_dict_comprehension and invalid_double_starred_kvpairs, inside '{'. */
export function invalidBraced(p: Parser): void {
  attempt(p, () => {
    if (!p.accept(T.LBRACE)) return;
    if (p.peek() !== T.DOUBLESTAR) return;
    const star = p.tokens[p.pos++];
    if (bitwiseOr(p) === null || forIfClauses(p) === null || !p.accept(T.RBRACE)) return;
    p.raiseKnownLocation(star, "dict unpacking cannot be used in dict comprehension");
  });
  invalidComprehension(p);
}

/**
 * dict's second alternative, '{' invalid_double_starred_kvpairs '}'. CPython's
 * parser generator guards only alternatives made of a single invalid_* rule
 * with the error-pass flag, so this one runs on the first pass as well: it can
 * raise there ("':' expected after dictionary key") or read further ahead,
 * which moves where a generic error points. Memoization is on while it runs,
 * as in CPython, so failing nested dicts are not re-parsed exponentially.
 */
export function dictInvalidAlternative(p: Parser, mark: number): void {
  const memoWasOn = p.errorPass;
  p.errorPass = true;
  try {
    attempt(p, () => {
      p.pos = mark + 1;
      invalidDoubleStarredPairs(p);
    });
  } finally {
    p.errorPass = memoWasOn;
  }
}

/**
 * invalid_double_starred_kvpairs:
 *   ','.double_starred_kvpair+ ',' invalid_kvpair
 *   expression ':' '*' bitwise_or
 *   expression ':' &('}'|',')
 */
function invalidDoubleStarredPairs(p: Parser): void {
  attempt(p, () => {
    let count = 0;
    for (;;) {
      const before = p.pos;
      if (!doubleStarredPair(p)) {
        p.pos = before;
        break;
      }
      count++;
      if (!p.accept(T.COMMA)) break;
    }
    if (count === 0 || p.kinds[p.pos - 1] !== T.COMMA) return;
    invalidKeyValuePair(p);
  });
  attempt(p, () => {
    if (expression(p) === null || !p.accept(T.COLON)) return;
    const colon = p.tokens[p.pos - 1];
    if (p.peek() === T.STAR) {
      const star = p.tokens[p.pos++];
      if (bitwiseOr(p) !== null) {
        p.raiseStartingFrom(star, "cannot use a starred expression in a dictionary value");
      }
      return;
    }
    const next = p.peek();
    if (next === T.RBRACE || next === T.COMMA) {
      p.raiseKnownLocation(colon, "expression expected after dictionary key and ':'");
    }
  });
}

function doubleStarredPair(p: Parser): boolean {
  if (p.accept(T.DOUBLESTAR)) return bitwiseOr(p) !== null;
  return expression(p) !== null && p.accept(T.COLON) && expression(p) !== null;
}

/** invalid_kvpair */
function invalidKeyValuePair(p: Parser): void {
  attempt(p, () => {
    const key = expression(p);
    if (key === null) return;
    if (p.peek() !== T.COLON) {
      p.raiseAt(
        "SyntaxError",
        "':' expected after dictionary key",
        key.lineno,
        key.end_col_offset - 1,
        key.end_lineno,
        -1,
      );
    }
    const colon = p.tokens[p.pos++];
    if (p.peek() === T.STAR) {
      const star = p.tokens[p.pos++];
      if (bitwiseOr(p) !== null) {
        p.raiseStartingFrom(star, "cannot use a starred expression in a dictionary value");
      }
      return;
    }
    const next = p.peek();
    if (next === T.RBRACE || next === T.COMMA) {
      p.raiseKnownLocation(colon, "expression expected after dictionary key and ':'");
    }
  });
}

/** invalid_for_target: ASYNC? 'for' star_expressions */
export function invalidForTarget(p: Parser): void {
  attempt(p, () => {
    p.accept(KW.async);
    if (!p.accept(KW.for)) return;
    const target = starExpressions(p);
    if (target === null) return;
    raiseInvalidTarget(p, "for", target);
  });
}

function lastComprehensionItem(clause: Comprehension): Expr {
  return clause.ifs.length === 0 ? clause.iter : clause.ifs[clause.ifs.length - 1];
}

/** invalid_kwarg, tried before each keyword argument. */
export function invalidKeywordArgument(p: Parser): void {
  attempt(p, () => {
    const kind = p.peek();
    if ((kind === KW.True || kind === KW.False || kind === KW.None) && p.peekAt(1) === T.EQUAL) {
      const token = p.tokens[p.pos];
      p.raiseKnownRange(token, p.tokens[p.pos + 1], `cannot assign to ${token.string}`);
    }
  });
  attempt(p, () => {
    const nameToken = p.expect(T.NAME);
    if (nameToken === null || !p.accept(T.EQUAL)) return;
    const equal = p.tokens[p.pos - 1];
    if (expression(p) === null || forIfClauses(p) === null) return;
    p.raiseKnownRange(
      nameToken,
      equal,
      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
    );
  });
  attempt(p, () => {
    if (p.peek() === T.NAME && p.peekAt(1) === T.EQUAL) return;
    const value = expression(p);
    if (value === null || p.peek() !== T.EQUAL) return;
    p.raiseKnownRange(
      value,
      p.tokens[p.pos],
      'expression cannot contain assignment, perhaps you meant "=="?',
    );
  });
}

/** invalid_arguments, tried when `arguments` fails at `start` (just after '('). */
export function invalidArguments(p: Parser, start: number): void {
  const parenthesize = "Generator expression must be parenthesized";
  p.pos = start;
  // args ',' '*'
  attempt(p, () => {
    const args = callArgumentList(p, -1);
    if (args === null) return;
    const last = p.lastToken();
    if (!p.accept(T.COMMA) || p.peek() !== T.STAR) return;
    p.raiseKnownRange(
      p.tokens[start],
      last,
      "iterable argument unpacking follows keyword argument unpacking",
    );
  });
  // expression for_if_clauses ',' [args | expression for_if_clauses]
  attempt(p, () => {
    const elt = expression(p);
    if (elt === null) return;
    const clauses = forIfClauses(p);
    if (clauses === null || !p.accept(T.COMMA)) return;
    // [args | expression for_if_clauses]: parsed although it changes nothing
    // but how far the tokenizer reads (a tokenizer error there wins).
    const afterComma = p.pos;
    if (callArgumentList(p, -1) === null) {
      p.pos = afterComma;
      if (expression(p) !== null) forIfClauses(p);
    }
    p.raiseKnownRange(elt, lastComprehensionItem(clauses[clauses.length - 1]), parenthesize);
  });
  // NAME '=' expression for_if_clauses
  attempt(p, () => {
    const nameToken = p.expect(T.NAME);
    if (nameToken === null || !p.accept(T.EQUAL)) return;
    const equal = p.tokens[p.pos - 1];
    if (expression(p) === null || forIfClauses(p) === null) return;
    p.raiseKnownRange(
      nameToken,
      equal,
      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
    );
  });
  // args for_if_clauses
  attempt(p, () => {
    const args = callArgumentList(p, -1);
    if (args === null) return;
    const clauses = forIfClauses(p);
    if (clauses === null || args.args.length <= 1) return;
    p.raiseKnownRange(
      args.args[args.args.length - 1],
      lastComprehensionItem(clauses[clauses.length - 1]),
      parenthesize,
    );
  });
  // args ',' expression for_if_clauses
  attempt(p, () => {
    const args = callArgumentList(p, -1);
    if (args === null || !p.accept(T.COMMA)) return;
    const elt = expression(p);
    if (elt === null) return;
    const clauses = forIfClauses(p);
    if (clauses === null) return;
    p.raiseKnownRange(elt, lastComprehensionItem(clauses[clauses.length - 1]), parenthesize);
  });
  // args ',' args
  attempt(p, () => {
    const args = callArgumentList(p, -1);
    if (args === null || !p.accept(T.COMMA)) return;
    if (callArgumentList(p, -1) === null) return;
    const unpacking = args.keywords.some((k: Keyword) => k.arg === null);
    p.raiseGeneric(
      unpacking
        ? "positional argument follows keyword argument unpacking"
        : "positional argument follows keyword argument",
    );
  });
}
