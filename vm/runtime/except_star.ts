/**
 * The two instructions of `try: ... except* T: ...` (PEP 654), as CPython
 * 3.11's ceval.c and Objects/exceptions.c run them.
 *
 * The compiled shape (vm/compiler/codegen/exceptions.ts) keeps, below the
 * exception being matched, the original exception and a list. Each clause
 * runs CHECK_EG_MATCH, which splits what is left into the part the clause
 * handles (bound to the `as` name and made the handled exception) and the
 * rest, which the next clause sees. A naked exception that matches is
 * wrapped in a one-member ExceptionGroup for the handler. What each handler
 * raises (or re-raises), and finally the unhandled rest, is appended to the
 * list.
 *
 * PREP_RERAISE_STAR then decides what propagates. Re-raised exceptions are
 * recognised by carrying the original's metadata (the same traceback,
 * context and cause objects, which split copies), and are put back together in
 * the original's nesting, by leaf identity; newly raised exceptions become
 * siblings of that in a new ExceptionGroup("", [...]). If nothing is left,
 * None: the statement completes normally.
 */
import type { PyValue } from "../objects/object.ts";
import { ExceptionType, PyBaseException, pyError } from "../objects/exceptions.ts";
import { PyType } from "../objects/type.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import { newTuple } from "../objects/tuple.ts";
import { thread } from "./thread_state.ts";
import {
  collectLeaves,
  createExceptionGroup,
  projectLeaves,
  PyExceptionGroup,
  splitGroup,
} from "./types/exception_group.ts";

/** check_except_star_type_valid: exception classes only, and no exception groups. */
function checkExceptStarType(type: PyValue): void {
  const classes = type instanceof PyTuple ? type.items : [type];
  for (const klass of classes) {
    if (!(klass instanceof PyType) || !klass.isSubtypeOf(ExceptionType.BaseException)) {
      throw pyError(
        "TypeError",
        "catching classes that do not inherit from BaseException is not allowed",
      );
    }
  }
  for (const klass of classes) {
    if ((klass as PyType).isSubtypeOf(ExceptionType.BaseExceptionGroup)) {
      throw pyError(
        "TypeError",
        "catching ExceptionGroup with except* is not allowed. Use except instead.",
      );
    }
  }
}

/**
 * CHECK_EG_MATCH on `stack[top - 1]` (what is left to handle) and
 * `stack[top]` (the clause's type): on a match they become rest and match, and
 * match is the handled exception; otherwise the type's slot becomes None.
 */
export function exceptStarMatch(stack: (PyValue | undefined)[], top: number): void {
  const type = stack[top]!;
  checkExceptStarType(type);
  const exception = stack[top - 1]!;
  const [match, rest] = exceptionGroupMatch(exception, type);
  if (match !== null) {
    stack[top - 1] = rest;
    thread.handledException = match as PyBaseException;
  }
  stack[top] = match;
}

function exceptionGroupMatch(exception: PyValue, type: PyValue): [PyValue, PyValue] {
  if (exception === null) return [null, null];
  const value = exception as PyBaseException;
  const classes = (type instanceof PyTuple ? type.items : [type]) as PyType[];
  if (classes.some((klass) => value.cls.isSubtypeOf(klass))) {
    if (value instanceof PyExceptionGroup) return [value, null];
    return [createExceptionGroup("", newTuple([value])), null];
  }
  if (value instanceof PyExceptionGroup) return splitGroup(value, type);
  return [null, null];
}

/** Split parts share the original's traceback, cause and context (3.11 does not compare notes). */
function hasSameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

/** PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): what the statement raises, or None. */
export function prepReraiseStar(original: PyValue, raisedList: PyValue): PyValue {
  const raised = (raisedList as PyList).items.filter((item) => item !== null) as PyBaseException[];
  if ((raisedList as PyList).items.length === 0) return null;
  if (!(original instanceof PyExceptionGroup)) {
    // A naked exception was wrapped: only one clause ran.
    return (raisedList as PyList).items[0];
  }
  const reraisedLeaves = new Set<PyBaseException>();
  const newlyRaised: PyBaseException[] = [];
  for (const exception of raised) {
    if (hasSameMetadata(exception, original)) collectLeaves(exception, reraisedLeaves);
    else newlyRaised.push(exception);
  }
  const reraised = projectLeaves(original, reraisedLeaves);
  if (newlyRaised.length === 0) return reraised;
  if (reraised !== null) newlyRaised.push(reraised);
  if (newlyRaised.length === 1) return newlyRaised[0];
  return createExceptionGroup("", new PyList(newlyRaised));
}
