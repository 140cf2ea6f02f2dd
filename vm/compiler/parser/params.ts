/**
 * Parameter lists of `def` and `lambda` (the `parameters` / `lambda_parameters`
 * families of rules).
 *
 * The grammar spells the legal orders as five alternatives (slash_no_default,
 * slash_with_default, plain, defaults only, star_etc) over one-parameter rules
 * that swallow the following comma and type comment. One left-to-right scan
 * accepts the same language: positional parameters (a `/` turns those seen so
 * far into positional-only ones; once one has a default, all later positional
 * ones need one), then `*` or `*name` with keyword-only parameters, then
 * `**name`. The list ends before `)` (def) or `:` (lambda), which is left for
 * the caller. When the scan fails on the error pass, the invalid_parameters
 * rules explain why.
 */
import type { Arg, Arguments, Expr } from "../ast.ts";
import { T, type Token } from "../tokens.ts";
import * as invalid from "./invalid_statements.ts";
import type { Parser } from "./parser.ts";
import { identifier } from "./atoms.ts";
import { expression, starExpression } from "./expressions.ts";

export function emptyArguments(): Arguments {
  return {
    _type: "arguments",
    posonlyargs: [],
    args: [],
    vararg: null,
    kwonlyargs: [],
    kw_defaults: [],
    kwarg: null,
    defaults: [],
  };
}

/** [params] of a def, up to (not including) ')'. */
export function functionParameters(p: Parser): Arguments | null {
  return scanParameters(p, false);
}

/** [lambda_params] of a lambda, up to (not including) ':'. */
export function lambdaParameters(p: Parser): Arguments | null {
  return scanParameters(p, true);
}

function scanParameters(p: Parser, isLambda: boolean): Arguments | null {
  const start = p.pos;
  const close = isLambda ? T.COLON : T.RPAR;
  const result = emptyArguments();
  if (p.peek() === close) return result;
  let positional: Arg[] = [];
  let sawSlash = false;
  let failed = false;
  // Positional parameters and '/'.
  for (;;) {
    const kind = p.peek();
    if (kind === T.STAR || kind === T.DOUBLESTAR || kind === close) break;
    if (kind === T.SLASH) {
      if (sawSlash || positional.length === 0) {
        failed = true;
        break;
      }
      p.pos++;
      if (endOfParameter(p, close, isLambda) === false) {
        failed = true;
        break;
      }
      sawSlash = true;
      result.posonlyargs = positional;
      positional = [];
      continue;
    }
    const param = parameter(p, isLambda, false);
    if (param === null) {
      failed = true;
      break;
    }
    const value = optionalDefault(p);
    if (value === undefined) {
      failed = true;
      break;
    }
    if (value !== null) result.defaults.push(value);
    else if (result.defaults.length > 0) {
      failed = true;
      break;
    }
    const typeComment = endOfParameter(p, close, isLambda);
    if (typeComment === false) {
      failed = true;
      break;
    }
    positional.push(withTypeComment(param, typeComment));
  }
  result.args = positional;
  if (!failed && p.peek() === T.STAR) failed = !starParameters(p, result, close, isLambda);
  if (!failed && p.peek() === T.DOUBLESTAR) {
    failed = !doubleStarParameter(p, result, close, isLambda);
  }
  if (!failed && p.peek() !== close) failed = true;
  if (failed || p.pos === start) {
    if (p.invalidPass) invalid.invalidParameters(p, start, isLambda);
    p.pos = start;
    return null;
  }
  return result;
}

/** '*' [param] param_maybe_default* — fills vararg, kwonlyargs, kw_defaults. */
function starParameters(p: Parser, result: Arguments, close: number, isLambda: boolean): boolean {
  p.pos++;
  if (p.accept(T.COMMA)) {
    if (p.peek() !== T.NAME) return false;
  } else {
    const vararg = parameter(p, isLambda, true);
    if (vararg === null) return false;
    const typeComment = endOfParameter(p, close, isLambda);
    if (typeComment === false) return false;
    result.vararg = withTypeComment(vararg, typeComment);
  }
  while (p.peek() === T.NAME) {
    const param = parameter(p, isLambda, false);
    if (param === null) return false;
    const value = optionalDefault(p);
    if (value === undefined) return false;
    const typeComment = endOfParameter(p, close, isLambda);
    if (typeComment === false) return false;
    result.kwonlyargs.push(withTypeComment(param, typeComment));
    result.kw_defaults.push(value);
  }
  return true;
}

function doubleStarParameter(
  p: Parser,
  result: Arguments,
  close: number,
  isLambda: boolean,
): boolean {
  p.pos++;
  const kwarg = parameter(p, isLambda, false);
  if (kwarg === null) return false;
  const typeComment = endOfParameter(p, close, isLambda);
  if (typeComment === false) return false;
  result.kwarg = withTypeComment(kwarg, typeComment);
  return true;
}

/**
 * param: NAME annotation? (def), NAME (lambda). `starAnnotation` allows the
 * `*args: *Ts` form (param_star_annotation).
 */
function parameter(p: Parser, isLambda: boolean, starAnnotation: boolean): Arg | null {
  const nameToken = p.expect(T.NAME);
  if (nameToken === null) return null;
  let annotation: Expr | null = null;
  if (!isLambda && p.peek() === T.COLON) {
    const before = p.pos;
    p.pos++;
    annotation = starAnnotation ? starExpression(p) : expression(p);
    if (annotation === null) {
      p.pos = before;
      return null;
    }
  }
  return arg(p, nameToken, annotation);
}

export function arg(p: Parser, nameToken: Token, annotation: Expr | null): Arg {
  const end = p.lastToken();
  return {
    _type: "arg",
    arg: identifier(nameToken),
    annotation,
    type_comment: null,
    lineno: nameToken.lineno,
    col_offset: nameToken.col,
    end_lineno: end.endLineno,
    end_col_offset: end.endCol,
  };
}

/** default: '=' expression. Returns null when absent, undefined when malformed. */
function optionalDefault(p: Parser): Expr | null | undefined {
  if (p.peek() !== T.EQUAL) return null;
  const before = p.pos;
  p.pos++;
  const value = expression(p);
  if (value === null) {
    p.pos = before;
    return undefined;
  }
  return value;
}

/**
 * After one parameter: ',' TYPE_COMMENT? | TYPE_COMMENT? &close. Returns the
 * type comment (or null), or false when neither form matches.
 */
function endOfParameter(p: Parser, close: number, isLambda: boolean): string | null | false {
  if (p.accept(T.COMMA)) {
    if (!isLambda && p.peek() === T.TYPE_COMMENT) return p.tokens[p.pos++].string;
    return null;
  }
  if (!isLambda && p.peek() === T.TYPE_COMMENT) {
    const before = p.pos;
    const comment = p.tokens[p.pos++].string;
    if (p.peek() === close) return comment;
    p.pos = before;
    return false;
  }
  return p.peek() === close ? null : false;
}

function withTypeComment(param: Arg, typeComment: string | null): Arg {
  if (typeComment !== null) param.type_comment = typeComment;
  return param;
}
