/**
 * The invalid_* rules of the statement grammar (CPython 3.11), active only on
 * the second parser pass: missing colons, missing indented blocks, bad
 * assignment/deletion targets, misplaced parameters, except/except* mixes and
 * the pattern-matching mistakes. Like invalid_expressions.ts, each function
 * raises when its rule matches and otherwise leaves the position unchanged.
 */
import type { Expr } from "../ast.ts";
import { T, type Token } from "../tokens.ts";
import { block, exceptBlock } from "./compound.ts";
import { attempt, expressionName, raiseInvalidTarget } from "./invalid_expressions.ts";
import { KW } from "./keywords.ts";
import type { Parser } from "./parser.ts";
import { functionParameters } from "./params.ts";
import { pattern, patterns, subjectExpression } from "./patterns.ts";
import { isAugmentedOperator } from "./statements.ts";
import { starTarget, starTargets } from "./targets.ts";
import {
  annotatedRhs,
  bitwiseOr,
  expression,
  expressions,
  namedExpression,
  starExpressions,
  starNamedExpression,
  starNamedExpressions,
  yieldExpr,
} from "./expressions.ts";
import { callArguments } from "./primary.ts";

// ---- simple statements --------------------------------------------------------

/** invalid_assignment */
export function invalidAssignment(p: Parser): void {
  attempt(p, () => {
    const target = invalidAnnotationTarget(p);
    if (target === null || !p.accept(T.COLON) || expression(p) === null) return;
    p.raiseKnownLocation(
      target,
      `only single target (not ${expressionName(target)}) can be annotated`,
    );
  });
  attempt(p, () => {
    const first = starNamedExpression(p);
    if (first === null || !p.accept(T.COMMA)) return;
    while (starNamedExpressions(p) !== null);
    if (!p.accept(T.COLON) || expression(p) === null) return;
    p.raiseKnownLocation(first, "only single target (not tuple) can be annotated");
  });
  attempt(p, () => {
    const target = expression(p);
    if (target === null || !p.accept(T.COLON) || expression(p) === null) return;
    p.raiseKnownLocation(target, "illegal target for annotation");
  });
  attempt(p, () => {
    skipTargetChain(p);
    const value = starExpressions(p);
    if (value === null || p.peek() !== T.EQUAL) return;
    raiseInvalidTarget(p, "star", value);
  });
  attempt(p, () => {
    skipTargetChain(p);
    const value = yieldExpr(p);
    if (value === null || p.peek() !== T.EQUAL) return;
    p.raiseKnownLocation(value, "assignment to yield expression not possible");
  });
  attempt(p, () => {
    const target = starExpressions(p);
    if (target === null || !isAugmentedOperator(p.peek())) return;
    p.pos++;
    if (annotatedRhs(p) === null) return;
    p.raiseKnownLocation(
      target,
      `'${expressionName(target)}' is an illegal expression for augmented assignment`,
    );
  });
}

/** (star_targets '=')* — greedy, as PEG repetition is. */
function skipTargetChain(p: Parser): void {
  for (;;) {
    const mark = p.pos;
    if (starTargets(p) === null || !p.accept(T.EQUAL)) {
      p.pos = mark;
      return;
    }
  }
}

/** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
function invalidAnnotationTarget(p: Parser): Expr | null {
  const kind = p.peek();
  if (kind !== T.LPAR && kind !== T.LSQB) return null;
  const mark = p.pos;
  const value = bitwiseOr(p);
  if (value !== null && (value._type === "List" || value._type === "Tuple")) {
    if (p.tokens[p.pos - 1] === closingOf(p, mark)) return value;
  }
  p.pos = mark;
  if (kind === T.LPAR) {
    p.pos++;
    const inner = invalidAnnotationTarget(p);
    if (inner !== null && p.accept(T.RPAR)) return inner;
  }
  p.pos = mark;
  return null;
}

function closingOf(p: Parser, open: number): Token | null {
  let depth = 0;
  for (let index = open; index < p.tokens.length; index++) {
    const kind = p.kinds[index];
    if (kind === T.LPAR || kind === T.LSQB || kind === T.LBRACE) depth++;
    else if (kind === T.RPAR || kind === T.RSQB || kind === T.RBRACE) {
      if (--depth === 0) return p.tokens[index];
    }
  }
  return null;
}

/** invalid_del_stmt: 'del' star_expressions */
export function invalidDel(p: Parser): void {
  attempt(p, () => {
    if (!p.accept(KW.del)) return;
    const targets = starExpressions(p);
    if (targets !== null) raiseInvalidTarget(p, "del", targets);
  });
}

/** invalid_import_from_targets: import_from_as_names ',' NEWLINE */
export function invalidImportFromTargets(p: Parser): void {
  attempt(p, () => {
    for (;;) {
      if (!p.accept(T.NAME)) return;
      if (p.accept(KW.as) && !p.accept(T.NAME)) return;
      if (!p.accept(T.COMMA)) return;
      if (p.peek() === T.NEWLINE) {
        p.pos++;
        p.raiseGeneric("trailing comma not allowed without surrounding parentheses");
      }
    }
  });
}

// ---- blocks -----------------------------------------------------------------

/** invalid_block: NEWLINE !INDENT */
export function invalidBlock(p: Parser): void {
  if (p.peek() === T.NEWLINE && p.peekAt(1) !== T.INDENT) {
    p.raiseGeneric("expected an indented block", "IndentationError");
  }
}

/** `':' NEWLINE !INDENT` after a header: the "expected an indented block after" error. */
function raiseIfNoIndentedBlock(p: Parser, what: string, line: number): void {
  if (p.accept(T.COLON) && p.accept(T.NEWLINE) && p.peek() !== T.INDENT) {
    p.raiseGeneric(`expected an indented block after ${what} on line ${line}`, "IndentationError");
  }
}

/** invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt */
export function invalidIfOrWhile(p: Parser): void {
  const keywordToken = p.current();
  attempt(p, () => {
    p.pos++;
    if (namedExpression(p) !== null && p.peek() === T.NEWLINE) {
      p.pos++;
      p.raiseGeneric("expected ':'");
    }
  });
  attempt(p, () => {
    p.pos++;
    if (namedExpression(p) === null) return;
    raiseIfNoIndentedBlock(p, `'${keywordToken.string}' statement`, keywordToken.lineno);
  });
}

/** invalid_else_stmt */
export function invalidElse(p: Parser): void {
  const elseToken = p.current();
  attempt(p, () => {
    p.pos++;
    raiseIfNoIndentedBlock(p, "'else' statement", elseToken.lineno);
  });
}

/** invalid_for_stmt */
export function invalidFor(p: Parser): void {
  attempt(p, () => {
    p.accept(KW.async);
    const forToken = p.expect(KW.for);
    if (forToken === null || starTargets(p) === null || !p.accept(KW.in)) return;
    if (starExpressions(p) === null) return;
    if (p.peek() === T.NEWLINE) {
      p.pos++;
      p.raiseGeneric("expected ':'");
    }
    raiseIfNoIndentedBlock(p, "'for' statement", forToken.lineno);
  });
}

/** invalid_for_target, the last alternative of for_stmt. */
export function invalidForTargetStatement(p: Parser, mark: number): void {
  attempt(p, () => {
    p.pos = mark;
    p.accept(KW.async);
    if (!p.accept(KW.for)) return;
    const target = starExpressions(p);
    if (target !== null) raiseInvalidTarget(p, "for", target);
  });
}

/** ','.(expression ['as' star_target])+ (or `expressions` inside parentheses). */
function skipWithItems(p: Parser, parenthesized: boolean): boolean {
  let count = 0;
  for (;;) {
    const mark = p.pos;
    if ((parenthesized ? expressions(p) : expression(p)) === null) {
      p.pos = mark;
      break;
    }
    if (p.peek() === KW.as) {
      const before = p.pos;
      p.pos++;
      if (starTarget(p) === null) p.pos = before;
    }
    count++;
    if (!p.accept(T.COMMA)) break;
  }
  if (count > 0 && p.kinds[p.pos - 1] === T.COMMA && !parenthesized) p.pos--;
  return count > 0;
}

/** invalid_with_stmt_indent */
export function invalidWithIndent(p: Parser): void {
  for (const parenthesized of [false, true]) {
    attempt(p, () => {
      p.accept(KW.async);
      const withToken = p.expect(KW.with);
      if (withToken === null) return;
      if (parenthesized) {
        if (!p.accept(T.LPAR) || !skipWithItems(p, true)) return;
        p.accept(T.COMMA);
        if (!p.accept(T.RPAR)) return;
      } else if (!skipWithItems(p, false)) return;
      raiseIfNoIndentedBlock(p, "'with' statement", withToken.lineno);
    });
  }
}

/** invalid_with_stmt: the header is complete but ':' is missing. */
export function invalidWith(p: Parser, mark: number): void {
  for (const parenthesized of [false, true]) {
    attempt(p, () => {
      p.pos = mark;
      p.accept(KW.async);
      if (!p.accept(KW.with)) return;
      if (parenthesized) {
        if (!p.accept(T.LPAR) || !skipWithItems(p, true)) return;
        p.accept(T.COMMA);
        if (!p.accept(T.RPAR)) return;
      } else if (!skipWithItems(p, false)) return;
      if (p.accept(T.NEWLINE)) p.raiseGeneric("expected ':'");
    });
  }
}

/** invalid_with_item: expression 'as' expression &(',' | ')' | ':') */
export function invalidWithItem(p: Parser, asIndex: number): void {
  attempt(p, () => {
    p.pos = asIndex + 1;
    const target = expression(p);
    const next = p.peek();
    if (target !== null && (next === T.COMMA || next === T.RPAR || next === T.COLON)) {
      raiseInvalidTarget(p, "star", target);
    }
  });
}

/** invalid_try_stmt */
export function invalidTry(p: Parser): void {
  const tryToken = p.current();
  attempt(p, () => {
    p.pos++;
    raiseIfNoIndentedBlock(p, "'try' statement", tryToken.lineno);
  });
  attempt(p, () => {
    p.pos++;
    if (!p.accept(T.COLON) || block(p) === null) return;
    const next = p.peek();
    if (next !== KW.except && next !== KW.finally) {
      p.raiseGeneric("expected 'except' or 'finally' block");
    }
  });
  for (const firstIsStar of [false, true]) {
    attempt(p, () => {
      p.pos++;
      if (!p.accept(T.COLON)) return;
      while (block(p) !== null);
      let count = 0;
      while (p.peek() === KW.except) {
        if ((p.peekAt(1) === T.STAR) !== firstIsStar) {
          if (count > 0) invalidExcept(p, firstIsStar);
          break;
        }
        if (!skipExceptClause(p, firstIsStar)) break;
        count++;
      }
      if (count === 0 || p.peek() !== KW.except) return;
      const exceptToken = p.tokens[p.pos++];
      if (firstIsStar) {
        if (p.peek() !== T.COLON) {
          if (expression(p) === null) return;
          if (p.accept(KW.as) && !p.accept(T.NAME)) return;
        }
        if (!p.accept(T.COLON)) return;
        p.raiseKnownLocation(
          exceptToken,
          "cannot have both 'except' and 'except*' on the same 'try'",
        );
      }
      const star = p.expect(T.STAR);
      if (star === null || expression(p) === null) return;
      if (p.accept(KW.as) && !p.accept(T.NAME)) return;
      if (!p.accept(T.COLON)) return;
      p.raiseKnownRange(
        exceptToken,
        star,
        "cannot have both 'except' and 'except*' on the same 'try'",
      );
    });
  }
}

function skipExceptClause(p: Parser, star: boolean): boolean {
  return exceptBlock(p, star) !== null;
}

/** invalid_except_stmt_indent / invalid_except_star_stmt_indent / invalid_except_stmt */
export function invalidExcept(p: Parser, star: boolean): void {
  const exceptToken = p.current();
  const what = star ? "'except*' statement" : "'except' statement";
  attempt(p, () => {
    p.pos += star ? 2 : 1;
    if (p.peek() !== T.COLON || star) {
      if (expression(p) === null) return;
      if (p.accept(KW.as) && !p.accept(T.NAME)) return;
    }
    raiseIfNoIndentedBlock(p, what, exceptToken.lineno);
  });
  attempt(p, () => {
    p.pos++;
    p.accept(T.STAR);
    const first = expression(p);
    if (first === null || !p.accept(T.COMMA) || expressions(p) === null) return;
    if (p.accept(KW.as) && !p.accept(T.NAME)) return;
    if (!p.accept(T.COLON)) return;
    p.raiseStartingFrom(first, "multiple exception types must be parenthesized");
  });
  attempt(p, () => {
    p.pos++;
    p.accept(T.STAR);
    if (expression(p) === null) return;
    if (p.accept(KW.as) && !p.accept(T.NAME)) return;
    if (p.accept(T.NEWLINE)) p.raiseGeneric("expected ':'");
  });
  attempt(p, () => {
    p.pos++;
    if (p.accept(T.NEWLINE)) p.raiseGeneric("expected ':'");
  });
  attempt(p, () => {
    p.pos++;
    if (!p.accept(T.STAR)) return;
    if (p.accept(T.NEWLINE) || p.accept(T.COLON)) {
      p.raiseGeneric("expected one or more exception types");
    }
  });
}

/** invalid_finally_stmt */
export function invalidFinally(p: Parser): void {
  const finallyToken = p.current();
  attempt(p, () => {
    p.pos++;
    raiseIfNoIndentedBlock(p, "'finally' statement", finallyToken.lineno);
  });
}

/** invalid_class_def_raw */
export function invalidClassDef(p: Parser): void {
  const classToken = p.current();
  attempt(p, () => {
    p.pos++;
    if (!p.accept(T.NAME)) return;
    if (p.peek() === T.LPAR) {
      const mark = p.pos;
      p.pos++;
      if (!p.accept(T.RPAR) && callArguments(p, -1) === null) p.pos = mark;
    }
    if (p.accept(T.NEWLINE)) p.raiseGeneric("expected ':'");
    raiseIfNoIndentedBlock(p, "class definition", classToken.lineno);
  });
}

/** invalid_def_raw */
export function invalidDef(p: Parser): void {
  attempt(p, () => {
    p.accept(KW.async);
    const defToken = p.expect(KW.def);
    if (defToken === null || !p.accept(T.NAME) || !p.accept(T.LPAR)) return;
    if (p.peek() !== T.RPAR) skipParameters(p);
    if (!p.accept(T.RPAR)) return;
    if (p.accept(T.RARROW) && expression(p) === null) return;
    raiseIfNoIndentedBlock(p, "function definition", defToken.lineno);
  });
}

function skipParameters(p: Parser): void {
  const mark = p.pos;
  if (functionParameters(p) === null) p.pos = mark;
}

/** invalid_double_type_comments */
export function invalidDoubleTypeComments(p: Parser): void {
  attempt(p, () => {
    if (
      p.accept(T.TYPE_COMMENT) && p.accept(T.NEWLINE) && p.accept(T.TYPE_COMMENT) &&
      p.accept(T.NEWLINE) && p.accept(T.INDENT)
    ) {
      p.raiseGeneric("Cannot have two type comments on def");
    }
  });
}

// ---- match ------------------------------------------------------------------

/** invalid_match_stmt */
export function invalidMatch(p: Parser, mark: number): void {
  const matchToken = p.tokens[mark];
  attempt(p, () => {
    p.pos = mark + 1;
    if (subjectExpression(p) === null) return;
    if (p.accept(T.NEWLINE)) p.raiseGeneric("expected ':'");
    raiseIfNoIndentedBlock(p, "'match' statement", matchToken.lineno);
  });
}

/** invalid_case_block */
export function invalidCaseBlock(p: Parser): void {
  const caseToken = p.current();
  attempt(p, () => {
    p.pos++;
    if (patterns(p) === null) return;
    if (p.accept(KW.if) && namedExpression(p) === null) return;
    if (p.accept(T.NEWLINE)) p.raiseGeneric("expected ':'");
    raiseIfNoIndentedBlock(p, "'case' statement", caseToken.lineno);
  });
}

/** invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression */
export function invalidAsPattern(p: Parser, asIndex: number): void {
  attempt(p, () => {
    p.pos = asIndex + 1;
    if (p.peek() === T.NAME && p.tokens[p.pos].string === "_") {
      p.raiseKnownLocation(p.tokens[p.pos], "cannot use '_' as a target");
    }
    if (p.peek() === T.NAME) return;
    const target = expression(p);
    if (target !== null) p.raiseKnownLocation(target, "invalid pattern target");
  });
}

/** invalid_class_pattern: positional patterns after keyword patterns. */
export function invalidClassPattern(p: Parser, open: number): void {
  attempt(p, () => {
    p.pos = open + 1;
    let sawKeyword = false;
    let firstPositional: Expr | null = null;
    let lastPositional: Expr | null = null;
    const patternStart = p.pos;
    for (;;) {
      if (p.peek() === T.NAME && p.peekAt(1) === T.EQUAL) {
        if (firstPositional !== null) break;
        p.pos += 2;
        if (pattern(p) === null) return;
        sawKeyword = true;
      } else {
        const start = p.pos;
        const value = pattern(p);
        if (value === null) break;
        if (sawKeyword) {
          firstPositional ??= value as unknown as Expr;
          lastPositional = value as unknown as Expr;
        }
        if (p.pos === start) break;
      }
      if (!p.accept(T.COMMA)) break;
    }
    if (firstPositional !== null && lastPositional !== null && patternStart >= 0) {
      p.raiseKnownRange(
        firstPositional,
        lastPositional,
        "positional patterns follow keyword patterns",
      );
    }
  });
}

// ---- parameters ---------------------------------------------------------------

/**
 * Which group of rules may report: CPython tries invalid_parameters (the
 * "parameters" messages) before `parameters`, whose own invalid_default,
 * invalid_star_etc and invalid_kwds ("embedded" messages) come later. The
 * scan below runs once per group so that the first group wins.
 */
type ParameterRules = "parameters" | "embedded";

class ParameterCheck {
  constructor(
    readonly p: Parser,
    readonly isLambda: boolean,
    readonly rules: ParameterRules,
  ) {}

  get close(): number {
    return this.isLambda ? T.COLON : T.RPAR;
  }

  report(group: ParameterRules, at: Token, msg: string): void {
    if (group === this.rules) this.p.raiseKnownLocation(at, msg);
  }

  /** An annotation after a parameter name; false when it does not parse. */
  annotation(): boolean {
    const p = this.p;
    return this.isLambda || !p.accept(T.COLON) || expression(p) !== null;
  }
}

/** invalid_parameters, then invalid_default / invalid_star_etc / invalid_kwds (and lambda forms). */
export function invalidParameters(p: Parser, start: number, isLambda: boolean): void {
  for (const rules of ["parameters", "embedded"] as const) {
    attempt(p, () => {
      p.pos = start;
      scanParameters(new ParameterCheck(p, isLambda, rules));
    });
  }
}

function scanParameters(check: ParameterCheck): void {
  const p = check.p;
  const close = check.close;
  if (p.peek() === T.SLASH && p.peekAt(1) === T.COMMA) {
    check.report("parameters", p.tokens[p.pos], "at least one argument must precede /");
  }
  let sawDefault = false;
  let sawSlash = false;
  let sawParameter = false;
  while (p.peek() === T.NAME || p.peek() === T.SLASH || p.peek() === T.LPAR) {
    if (p.peek() === T.LPAR) {
      const open = p.tokens[p.pos++];
      let count = 0;
      while (p.accept(T.NAME)) {
        count++;
        if (!p.accept(T.COMMA)) break;
      }
      const closeParen = p.expect(T.RPAR);
      if (count > 0 && closeParen !== null && check.rules === "parameters") {
        const what = check.isLambda ? "Lambda expression parameters" : "Function parameters";
        p.raiseKnownRange(open, closeParen, `${what} cannot be parenthesized`);
      }
      return;
    }
    if (p.peek() === T.SLASH) {
      const slash = p.tokens[p.pos++];
      if (sawSlash) check.report("parameters", slash, "/ may appear only once");
      if (p.peek() === T.STAR) {
        // param_maybe_default+ '/' '*': parameters from the start, no earlier '/'.
        if (!sawSlash && sawParameter) {
          check.report("parameters", p.tokens[p.pos], "expected comma between / and *");
        }
        return;
      }
      sawSlash = true;
      if (!p.accept(T.COMMA)) return;
      continue;
    }
    const nameToken = p.tokens[p.pos++];
    sawParameter = true;
    if (!check.annotation()) return;
    if (p.peek() === T.EQUAL) {
      const equal = p.tokens[p.pos++];
      if (p.peek() === T.COMMA || p.peek() === close) {
        check.report("embedded", equal, "expected default value expression");
      }
      if (expression(p) === null) return;
      sawDefault = true;
    } else if (sawDefault && endsParameter(p, close, check.isLambda)) {
      check.report("parameters", nameToken, "non-default argument follows default argument");
    }
    if (!p.accept(T.COMMA)) {
      if (!check.isLambda && p.peek() === T.TYPE_COMMENT) p.pos++;
      return;
    }
    if (!check.isLambda) p.accept(T.TYPE_COMMENT);
  }
  if (p.peek() === T.STAR) scanStarParameters(check);
  if (p.peek() === T.DOUBLESTAR) scanDoubleStarParameter(check);
}

/** param_no_default's lookahead: ',' or the closing token, maybe after a type comment. */
function endsParameter(p: Parser, close: number, isLambda: boolean): boolean {
  const next = !isLambda && p.peek() === T.TYPE_COMMENT ? p.peekAt(1) : p.peek();
  return next === T.COMMA || next === close;
}

function scanStarParameters(check: ParameterCheck): void {
  const p = check.p;
  const close = check.close;
  const star = p.tokens[p.pos++];
  const next = p.peek();
  if (
    next === close ||
    (next === T.COMMA && (p.peekAt(1) === close || p.peekAt(1) === T.DOUBLESTAR))
  ) {
    if (check.rules === "embedded") {
      if (check.isLambda) p.raiseGeneric("named arguments must follow bare *");
      p.raiseKnownLocation(star, "named arguments must follow bare *");
    }
  }
  if (next === T.COMMA && p.peekAt(1) === T.TYPE_COMMENT && check.rules === "embedded") {
    p.raiseGeneric("bare * has associated type comment");
  }
  if (next === T.NAME) {
    p.pos++;
    if (!check.annotation()) return;
    if (p.peek() === T.EQUAL) {
      check.report(
        "embedded",
        p.tokens[p.pos],
        "var-positional argument cannot have default value",
      );
    }
  }
  if (!p.accept(T.COMMA) && next !== T.COMMA) return;
  while (p.peek() === T.NAME) {
    p.pos++;
    if (!check.annotation()) return;
    if (p.accept(T.EQUAL)) {
      if (p.peek() === T.COMMA || p.peek() === close) {
        check.report("embedded", p.tokens[p.pos - 1], "expected default value expression");
      }
      if (expression(p) === null) return;
    }
    if (!p.accept(T.COMMA)) break;
  }
  if (p.peek() === T.STAR) {
    const second = p.tokens[p.pos++];
    if (p.peek() === T.NAME || p.peek() === T.COMMA) {
      check.report("embedded", second, "* argument may appear only once");
    }
  }
  if (p.peek() === T.SLASH) check.report("parameters", p.tokens[p.pos], "/ must be ahead of *");
  if (p.peek() === T.DOUBLESTAR) scanDoubleStarParameter(check);
}

function scanDoubleStarParameter(check: ParameterCheck): void {
  const p = check.p;
  p.pos++;
  if (!p.accept(T.NAME) || !check.annotation()) return;
  if (p.peek() === T.EQUAL) {
    check.report("embedded", p.tokens[p.pos], "var-keyword argument cannot have default value");
  }
  if (!p.accept(T.COMMA)) return;
  const next = p.peek();
  if (next === T.NAME || next === T.STAR || next === T.DOUBLESTAR || next === T.SLASH) {
    check.report("embedded", p.tokens[p.pos], "arguments cannot follow var-keyword argument");
  }
}
