/**
 * Expression rules of Grammar/python.gram (3.11), from `star_expressions` down
 * to `await_primary`; primary.ts continues with trailers, atoms.ts with atoms.
 *
 * The left-recursive operator rules (bitwise_or ... term) are one precedence
 * climber: PEG seed growing yields the longest left-nested chain, which is what
 * a loop that stops at the first operator it cannot complete builds. When the
 * operand after an operator fails, the loop backs up to before the operator,
 * exactly as the failed left-recursive alternative would.
 *
 * Right-nested chains (`a if b else c if ...`, `lambda: lambda: ...`) are built
 * by a loop too, so that only brackets (at most 200, the tokenizer's limit)
 * nest JS calls deeply. For valid input the tree is the one CPython builds; the
 * second (error) pass adds the invalid_* rules where the grammar has them.
 *
 * Every node starts at the token where its rule started (so `(a) + b` starts at
 * the parenthesis, not at `a`) and ends at the last consumed token (EXTRA).
 */
import type { Arguments, CmpOp, Expr } from "../ast.ts";
import { singleton } from "../ast.ts";
import { T } from "../tokens.ts";
import { KW } from "./keywords.ts";
import { MEMO, type Parser } from "./parser.ts";
import { lambdaParameters } from "./params.ts";
import * as invalid from "./invalid_expressions.ts";
import { name, starred, tuple } from "./atoms.ts";
import { primary } from "./primary.ts";

type ExprNode<K extends Expr["_type"]> = Extract<Expr, { _type: K }>;

// ---- tuples of expressions ------------------------------------------------

/** A tuple without parentheses of `element`s (a trailing comma allowed), or a single one. */
function commaSeparated(p: Parser, element: (p: Parser) => Expr | null): Expr | null {
  const mark = p.pos;
  const first = element(p);
  if (first === null) return null;
  if (p.peek() !== T.COMMA) return first;
  const elts = [first];
  while (p.accept(T.COMMA)) {
    const next = element(p);
    if (next === null) break;
    elts.push(next);
  }
  return tuple(p, mark, elts, "Load");
}

/** star_expressions: a tuple without parentheses, or one star_expression. */
export function starExpressions(p: Parser): Expr | null {
  return commaSeparated(p, starExpression);
}

/** star_expression: '*' bitwise_or | expression. */
export function starExpression(p: Parser): Expr | null {
  if (p.peek() === T.STAR) {
    const mark = p.pos;
    p.pos++;
    const value = bitwiseOr(p);
    if (value !== null) return starred(p, mark, value);
    p.pos = mark;
    return null;
  }
  return expression(p);
}

/** star_named_expressions: ','.star_named_expression+ [','] */
export function starNamedExpressions(p: Parser): Expr[] | null {
  const first = starNamedExpression(p);
  if (first === null) return null;
  const elts = [first];
  while (p.peek() === T.COMMA) {
    const mark = p.pos;
    p.pos++;
    const next = starNamedExpression(p);
    if (next === null) {
      p.pos = mark + 1;
      break;
    }
    elts.push(next);
  }
  return elts;
}

/** star_named_expression: '*' bitwise_or | named_expression. */
export function starNamedExpression(p: Parser): Expr | null {
  if (p.peek() === T.STAR) {
    const mark = p.pos;
    p.pos++;
    const value = bitwiseOr(p);
    if (value !== null) return starred(p, mark, value);
    p.pos = mark;
    return null;
  }
  return namedExpression(p);
}

/** named_expression: assignment_expression | expression !':=' */
export function namedExpression(p: Parser): Expr | null {
  if (p.peek() === T.NAME && p.peekAt(1) === T.COLONEQUAL) return assignmentExpression(p);
  if (p.invalidPass) invalid.invalidNamedExpression(p);
  const mark = p.pos;
  const value = expression(p);
  if (value === null) return null;
  if (p.peek() === T.COLONEQUAL) {
    p.pos = mark;
    return null;
  }
  return value;
}

/** assignment_expression: NAME ':=' ~ expression */
export function assignmentExpression(p: Parser): Expr | null {
  const mark = p.pos;
  if (p.peek() !== T.NAME || p.peekAt(1) !== T.COLONEQUAL) return null;
  const target = name(p, p.tokens[p.pos++], "Store");
  p.pos++;
  const value = expression(p);
  if (value === null) {
    p.pos = mark;
    return null;
  }
  const span = p.span(mark);
  return {
    _type: "NamedExpr",
    target,
    value,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

/** expressions (eval input): a tuple without parentheses or one expression. */
export function expressions(p: Parser): Expr | null {
  return commaSeparated(p, expression);
}

// ---- expression -------------------------------------------------------------

/** expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
export function expression(p: Parser): Expr | null {
  p.enter();
  const result = p.errorPass ? p.memoized(MEMO.expression, expressionRule) : conditional(p);
  p.level--;
  return result;
}

function expressionRule(p: Parser): Expr | null {
  if (p.invalidPass) {
    invalid.invalidExpression(p);
    invalid.invalidLegacyExpression(p);
  }
  return conditional(p);
}

/** expression_without_invalid (used by the invalid rules themselves). */
export function expressionWithoutInvalid(p: Parser): Expr | null {
  const saved = p.invalidPass;
  p.invalidPass = false;
  try {
    return conditional(p);
  } finally {
    p.invalidPass = saved;
  }
}

/**
 * `a if b else c if d else e` and `lambda: lambda: e` nest to the right. The
 * first pass builds such chains with a loop (thousands of links must not
 * exhaust the JS stack) and assembles the nodes from the innermost outwards;
 * a link whose tail fails falls back as the grammar does (an IfExp to its
 * body, a lambda to nothing). Each link's tail is an `expression`, so the
 * error pass runs the invalid rules of `expression` at every link.
 */
function conditional(p: Parser): Expr | null {
  const links: ChainLink[] = [];
  let result: Expr | null;
  const level = p.level;
  for (;;) {
    const mark = p.pos;
    if (links.length > 0 && p.invalidPass) {
      invalid.invalidExpression(p);
      invalid.invalidLegacyExpression(p);
    }
    if (p.peek() === KW.lambda) {
      p.pos++;
      const args = lambdaParameters(p);
      if (args === null || !p.accept(T.COLON)) {
        p.pos = mark;
        result = null;
        break;
      }
      links.push({ mark, args, body: null, test: null, afterBody: 0 });
      p.enter(2);
      continue;
    }
    const body = disjunction(p);
    if (body === null || p.peek() !== KW.if) {
      result = body;
      break;
    }
    const afterBody = p.pos;
    p.pos++;
    const test = disjunction(p);
    if (test === null || !p.accept(KW.else)) {
      p.pos = afterBody;
      result = body;
      break;
    }
    links.push({ mark, args: null, body, test, afterBody });
    p.enter();
  }
  p.level = level;
  for (let index = links.length - 1; index >= 0; index--) {
    const link = links[index];
    if (result === null) {
      p.pos = link.body === null ? link.mark : link.afterBody;
      result = link.body;
      continue;
    }
    const span = p.span(link.mark);
    if (link.args !== null) {
      result = {
        _type: "Lambda",
        args: link.args,
        body: result,
        lineno: span.lineno,
        col_offset: span.col_offset,
        end_lineno: span.end_lineno,
        end_col_offset: span.end_col_offset,
      };
    } else {
      result = {
        _type: "IfExp",
        test: link.test as Expr,
        body: link.body as Expr,
        orelse: result,
        lineno: span.lineno,
        col_offset: span.col_offset,
        end_lineno: span.end_lineno,
        end_col_offset: span.end_col_offset,
      };
    }
  }
  return result;
}

/** One link of a right-nested chain: a lambda header, or `body if test else`. */
interface ChainLink {
  mark: number;
  args: Arguments | null;
  body: Expr | null;
  test: Expr | null;
  afterBody: number;
}

export function disjunction(p: Parser): Expr | null {
  if (p.errorPass) return p.memoized(MEMO.disjunction, disjunctionRule);
  return disjunctionRule(p);
}

function disjunctionRule(p: Parser): Expr | null {
  return boolChain(p, KW.or, "Or", conjunction);
}

function conjunction(p: Parser): Expr | null {
  return boolChain(p, KW.and, "And", inversion);
}

function boolChain(
  p: Parser,
  keyword: number,
  op: "And" | "Or",
  operand: (p: Parser) => Expr | null,
): Expr | null {
  const mark = p.pos;
  const first = operand(p);
  if (first === null || p.peek() !== keyword) return first;
  const values = [first];
  while (p.peek() === keyword) {
    const before = p.pos;
    p.pos++;
    const next = operand(p);
    if (next === null) {
      p.pos = before;
      break;
    }
    values.push(next);
  }
  if (values.length === 1) return first;
  const span = p.span(mark);
  return {
    _type: "BoolOp",
    op: singleton(op),
    values,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

function inversion(p: Parser): Expr | null {
  if (p.peek() !== KW.not) return comparison(p);
  const mark = p.pos;
  p.pos++;
  p.enter();
  const operand = inversion(p);
  p.level--;
  if (operand === null) {
    p.pos = mark;
    return null;
  }
  return unary(p, mark, "Not", operand);
}

type CmpOpName = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

const COMPARE_OPS: ReadonlyMap<number, CmpOpName> = new Map<number, CmpOpName>([
  [T.EQEQUAL, "Eq"],
  [T.NOTEQUAL, "NotEq"],
  [T.LESSEQUAL, "LtE"],
  [T.LESS, "Lt"],
  [T.GREATEREQUAL, "GtE"],
  [T.GREATER, "Gt"],
  [KW.in, "In"],
  [KW.is, "Is"],
  [KW.not, "NotIn"],
]);

function comparison(p: Parser): Expr | null {
  const mark = p.pos;
  const left = bitwiseOr(p);
  if (left === null) return null;
  let ops: CmpOp[] | null = null;
  let comparators: Expr[] | null = null;
  for (;;) {
    const kind = p.peek();
    let op = COMPARE_OPS.get(kind);
    if (op === undefined) break;
    // `<>` is NOTEQUAL too, accepted only under `barry_as_FLUFL`, which a
    // source file cannot switch on for its own parse.
    if (kind === T.NOTEQUAL && p.tokens[p.pos].string !== "!=") break;
    const before = p.pos;
    p.pos++;
    if (kind === KW.not) {
      if (!p.accept(KW.in)) {
        p.pos = before;
        break;
      }
    } else if (kind === KW.is && p.accept(KW.not)) {
      op = "IsNot";
    }
    const right = bitwiseOr(p);
    if (right === null) {
      p.pos = before;
      break;
    }
    if (ops === null || comparators === null) {
      ops = [];
      comparators = [];
    }
    ops.push(singleton(op));
    comparators.push(right);
  }
  if (ops === null || comparators === null) return left;
  const span = p.span(mark);
  return {
    _type: "Compare",
    left,
    ops,
    comparators,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

// ---- binary operators -------------------------------------------------------

type OperatorName = ExprNode<"BinOp">["op"]["_type"];

/**
 * bitwise_or ... term as one precedence climber: the six left-recursive rules
 * build the same left-nested trees, and an atom costs one call here instead
 * of six (fewer JS frames per nesting level, which the error pass needs).
 * Precedence: | 1, ^ 2, & 3, << >> 4, + - 5, * / // % @ 6.
 */
const BINARY_OPERATORS: ReadonlyMap<number, { precedence: number; op: OperatorName }> = new Map([
  [T.VBAR, { precedence: 1, op: "BitOr" as OperatorName }],
  [T.CIRCUMFLEX, { precedence: 2, op: "BitXor" as OperatorName }],
  [T.AMPER, { precedence: 3, op: "BitAnd" as OperatorName }],
  [T.LEFTSHIFT, { precedence: 4, op: "LShift" as OperatorName }],
  [T.RIGHTSHIFT, { precedence: 4, op: "RShift" as OperatorName }],
  [T.PLUS, { precedence: 5, op: "Add" as OperatorName }],
  [T.MINUS, { precedence: 5, op: "Sub" as OperatorName }],
  [T.STAR, { precedence: 6, op: "Mult" as OperatorName }],
  [T.SLASH, { precedence: 6, op: "Div" as OperatorName }],
  [T.DOUBLESLASH, { precedence: 6, op: "FloorDiv" as OperatorName }],
  [T.PERCENT, { precedence: 6, op: "Mod" as OperatorName }],
  [T.AT, { precedence: 6, op: "MatMult" as OperatorName }],
]);
const TERM_PRECEDENCE = 6;

export function bitwiseOr(p: Parser): Expr | null {
  return p.errorPass ? p.memoized(MEMO.bitwiseOr, bitwiseOrRule) : binary(p, 1);
}

function bitwiseOrRule(p: Parser): Expr | null {
  return binary(p, 1);
}

function binary(p: Parser, minPrecedence: number): Expr | null {
  const mark = p.pos;
  let left = factor(p);
  if (left === null) return null;
  for (;;) {
    const operator = BINARY_OPERATORS.get(p.peek());
    if (operator === undefined || operator.precedence < minPrecedence) return left;
    // An operator whose right operand already failed here fails for every level.
    if (p.pos === p.failedOperatorPos) return left;
    const before = p.pos;
    p.pos++;
    const right = operator.precedence === TERM_PRECEDENCE
      ? factor(p)
      : binary(p, operator.precedence + 1);
    if (right === null) {
      p.pos = before;
      p.failedOperatorPos = before;
      return left;
    }
    left = binOp(p, mark, left, operator.op, right);
  }
}

function binOp(p: Parser, mark: number, left: Expr, op: OperatorName, right: Expr): Expr {
  const span = p.span(mark);
  return {
    _type: "BinOp",
    left,
    op: singleton(op),
    right,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

const UNARY_OPS = new Map<number, "UAdd" | "USub" | "Invert">([
  [T.PLUS, "UAdd"],
  [T.MINUS, "USub"],
  [T.TILDE, "Invert"],
]);

function factor(p: Parser): Expr | null {
  const op = UNARY_OPS.get(p.peek());
  if (op === undefined) return power(p);
  const mark = p.pos;
  p.pos++;
  p.enter();
  const operand = factor(p);
  p.level--;
  if (operand === null) {
    p.pos = mark;
    return null;
  }
  return unary(p, mark, op, operand);
}

function unary(
  p: Parser,
  mark: number,
  op: "UAdd" | "USub" | "Invert" | "Not",
  operand: Expr,
): Expr {
  const span = p.span(mark);
  return {
    _type: "UnaryOp",
    op: singleton(op),
    operand,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

function power(p: Parser): Expr | null {
  const mark = p.pos;
  const base = awaitPrimary(p);
  if (base === null || p.peek() !== T.DOUBLESTAR) return base;
  const afterBase = p.pos;
  p.pos++;
  p.enter(2);
  const exponent = factor(p);
  p.level -= 2;
  if (exponent === null) {
    p.pos = afterBase;
    return base;
  }
  return binOp(p, mark, base, "Pow", exponent);
}

function awaitPrimary(p: Parser): Expr | null {
  if (p.peek() !== KW.await) return primary(p);
  const mark = p.pos;
  p.pos++;
  const value = primary(p);
  if (value === null) {
    p.pos = mark;
    return null;
  }
  const span = p.span(mark);
  return {
    _type: "Await",
    value,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

// ---- lambda and yield -------------------------------------------------------

/** lambdef: 'lambda' [lambda_params] ':' expression */
export function lambdef(p: Parser): Expr | null {
  p.enter();
  const result = lambdefRule(p);
  p.level--;
  return result;
}

function lambdefRule(p: Parser): Expr | null {
  const mark = p.pos;
  p.pos++;
  const args = lambdaParameters(p);
  if (args === null || !p.accept(T.COLON)) {
    p.pos = mark;
    return null;
  }
  const body = expression(p);
  if (body === null) {
    p.pos = mark;
    return null;
  }
  const span = p.span(mark);
  return {
    _type: "Lambda",
    args,
    body,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

/** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
export function yieldExpr(p: Parser): Expr | null {
  const mark = p.pos;
  if (!p.accept(KW.yield)) return null;
  if (p.accept(KW.from)) {
    const value = expression(p);
    if (value === null) {
      p.pos = mark;
      return null;
    }
    const span = p.span(mark);
    return {
      _type: "YieldFrom",
      value,
      lineno: span.lineno,
      col_offset: span.col_offset,
      end_lineno: span.end_lineno,
      end_col_offset: span.end_col_offset,
    };
  }
  const value = starExpressions(p);
  const span = p.span(mark);
  return {
    _type: "Yield",
    value,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

/** annotated_rhs: yield_expr | star_expressions */
export function annotatedRhs(p: Parser): Expr | null {
  return p.peek() === KW.yield ? yieldExpr(p) : starExpressions(p);
}
