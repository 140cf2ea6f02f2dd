/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654), following CPython 3.11's
 * Objects/exceptions.c.
 *
 * Construction: `BaseExceptionGroup(message, exceptions)` checks its
 * arguments, then picks the class: BaseExceptionGroup itself becomes an
 * ExceptionGroup when every member is an Exception, ExceptionGroup (and any
 * subclass of Exception) refuses BaseException members. The members are
 * kept as a tuple; `args` keeps what was passed.
 *
 * split/subgroup walk the tree of nested groups with a matcher (an exception
 * type, a tuple of types, or a function called on every node, groups
 * included). A node that matches is taken whole; a leaf that does not goes to
 * the rest; a group is rebuilt from its matching (and non-matching) members
 * through `derive`, which subclasses override, and the rebuilt groups keep
 * the original's traceback, cause, context and a copy of its notes. The
 * interpreter uses the same walk, matching by leaf identity, to rebuild what
 * an except* statement re-raises (../except_star.ts).
 */
import type { PyValue } from "../../objects/object.ts";
import { PyType } from "../../objects/type.ts";
import { ExceptionType, PyBaseException, pyError } from "../../objects/exceptions.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { PyList } from "../../objects/list.ts";
import { PyFunction } from "../../objects/function.ts";
import { typeOf } from "../../objects/typeof.ts";
import { isStr, toJsString } from "../../objects/str_wide.ts";
import { strOf } from "../../objects/str_convert.ts";
import { getMappedAttribute, setMappedAttribute } from "../../objects/instance_map.ts";
import { isSequence } from "../subscript.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { registerConstructor } from "../call_type.ts";
import { callObject } from "../call.ts";
import { getAttribute } from "../attributes.ts";
import { iterateToArray } from "../iteration.ts";
import { isTrue } from "../operators.ts";
import { thread } from "../thread_state.ts";

const baseGroupType = ExceptionType.BaseExceptionGroup;
const groupType = ExceptionType.ExceptionGroup;

export class PyExceptionGroup extends PyBaseException {
  constructor(
    cls: PyType,
    args: PyTuple,
    readonly message: PyValue,
    readonly exceptions: PyTuple,
  ) {
    super(cls, args);
  }
}

/** BaseExceptionGroup.__new__. */
function newExceptionGroup(
  cls: PyType,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyExceptionGroup {
  const positional = args.slice(0, args.length - (kwnames?.length ?? 0));
  if (positional.length !== 2) {
    throw pyError(
      "TypeError",
      `BaseExceptionGroup.__new__() takes exactly 2 arguments (${positional.length} given)`,
    );
  }
  const [message, exceptions] = positional;
  if (!isStr(message)) {
    throw pyError(
      "TypeError",
      `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).tpName}`,
    );
  }
  if (!isSequence(exceptions)) {
    throw pyError("TypeError", "second argument (exceptions) must be a sequence");
  }
  const members = iterateToArray(exceptions);
  if (members.length === 0) {
    throw pyError("ValueError", "second argument (exceptions) must be a non-empty sequence");
  }
  let nestsBaseExceptions = false;
  members.forEach((member, index) => {
    if (!(member instanceof PyBaseException)) {
      throw pyError(
        "ValueError",
        `Item ${index} of second argument (exceptions) is not an exception`,
      );
    }
    if (!member.cls.isSubtypeOf(ExceptionType.Exception)) nestsBaseExceptions = true;
  });
  let chosen = cls;
  if (cls === groupType) {
    if (nestsBaseExceptions) {
      throw pyError("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup");
    }
  } else if (cls === baseGroupType) {
    if (!nestsBaseExceptions) chosen = groupType;
  } else if (nestsBaseExceptions && cls.isSubtypeOf(ExceptionType.Exception)) {
    throw pyError("TypeError", `Cannot nest BaseExceptions in '${cls.name}'`);
  }
  return new PyExceptionGroup(chosen, newTuple(positional), message, newTuple(members));
}

registerConstructor(baseGroupType, newExceptionGroup);

/** `BaseExceptionGroup(message, exceptions)`: the class is picked by the members. */
export function createExceptionGroup(message: PyValue, exceptions: PyValue): PyValue {
  return callObject(baseGroupType, [message, exceptions], null);
}

function asGroup(self: PyValue): PyExceptionGroup {
  if (self instanceof PyExceptionGroup) return self;
  throw pyError("TypeError", "descriptor requires a 'BaseExceptionGroup' object");
}

/** What split/subgroup match with. */
type Matcher =
  | { kind: "type"; types: readonly PyType[] }
  | { kind: "predicate"; predicate: PyValue }
  | { kind: "leaves"; leaves: Set<PyBaseException> };

function matcherOf(value: PyValue): Matcher {
  if (value instanceof PyFunction) return { kind: "predicate", predicate: value };
  const isExceptionClass = (item: PyValue) =>
    item instanceof PyType && item.isSubtypeOf(ExceptionType.BaseException);
  if (isExceptionClass(value)) return { kind: "type", types: [value as PyType] };
  if (value instanceof PyTuple && value.items.every(isExceptionClass)) {
    return { kind: "type", types: value.items as PyType[] };
  }
  throw pyError(
    "TypeError",
    "expected a function, exception type or tuple of exception types",
  );
}

function matches(exception: PyBaseException, matcher: Matcher): boolean {
  switch (matcher.kind) {
    case "type":
      return matcher.types.some((type) => exception.cls.isSubtypeOf(type));
    case "predicate":
      return isTrue(callObject(matcher.predicate, [exception], null));
    case "leaves":
      return !(exception instanceof PyExceptionGroup) && matcher.leaves.has(exception);
  }
}

/** A group like `original` holding `members` (exceptiongroup_subset); null when empty. */
function subset(original: PyExceptionGroup, members: PyValue[]): PyExceptionGroup | null {
  if (members.length === 0) return null;
  const group = callObject(getAttribute(original, "derive"), [new PyList(members)], null);
  if (!(group instanceof PyExceptionGroup)) {
    throw pyError("TypeError", "derive must return an instance of BaseExceptionGroup");
  }
  group.traceback = original.traceback;
  group.context = original.context;
  group.cause = original.cause;
  group.suppressContext = true;
  const notes = getMappedAttribute(original, "__notes__");
  if (notes !== undefined && isSequence(notes)) {
    setMappedAttribute(group, "__notes__", new PyList(iterateToArray(notes)));
  }
  return group;
}

/** Native recursion over nested groups counts against the recursion limit (_Py_EnterRecursiveCall). */
function nested<T>(where: string, body: () => T): T {
  if (thread.depth >= thread.recursionLimit) {
    throw pyError("RecursionError", `maximum recursion depth exceeded${where}`);
  }
  thread.depth++;
  try {
    return body();
  } finally {
    thread.depth--;
  }
}

interface SplitResult {
  match: PyBaseException | null;
  rest: PyBaseException | null;
}

function splitRecursive(
  exception: PyBaseException,
  matcher: Matcher,
  withRest: boolean,
): SplitResult {
  if (matches(exception, matcher)) return { match: exception, rest: null };
  if (!(exception instanceof PyExceptionGroup)) {
    return { match: null, rest: withRest ? exception : null };
  }
  const matched: PyValue[] = [];
  const rest: PyValue[] = [];
  for (const member of exception.exceptions.items) {
    const part = nested(
      " in exceptiongroup_split_recursive",
      () => splitRecursive(member as PyBaseException, matcher, withRest),
    );
    if (part.match !== null) matched.push(part.match);
    if (part.rest !== null) rest.push(part.rest);
  }
  return {
    match: subset(exception, matched),
    rest: withRest ? subset(exception, rest) : null,
  };
}

/** The part of `group` made of the leaves in `leaves`, same nesting (exception_group_projection). */
export function projectLeaves(
  group: PyExceptionGroup,
  leaves: Set<PyBaseException>,
): PyBaseException | null {
  return splitRecursive(group, { kind: "leaves", leaves }, false).match;
}

/** Adds the leaf exceptions of `exception` to `leaves`. */
export function collectLeaves(exception: PyBaseException, leaves: Set<PyBaseException>): void {
  if (exception instanceof PyExceptionGroup) {
    for (const member of exception.exceptions.items) {
      nested(
        " in collect_exception_group_leaf_ids",
        () => collectLeaves(member as PyBaseException, leaves),
      );
    }
  } else leaves.add(exception);
}

/** BaseExceptionGroup.split(matcher): (match, rest). */
export function splitGroup(group: PyExceptionGroup, matcherValue: PyValue): [PyValue, PyValue] {
  const result = splitRecursive(group, matcherOf(matcherValue), true);
  return [result.match, result.rest];
}

defineNativeMethods(baseGroupType, {
  __str__: ["", (self: PyValue) => {
    const group = asGroup(self);
    const count = group.exceptions.items.length;
    return `${toJsString(strOf(group.message))} (${count} sub-exception${count > 1 ? "s" : ""})`;
  }],
  derive: [
    "excs, /",
    (self: PyValue, excs: PyValue) =>
      callObject(baseGroupType, [asGroup(self).message, excs], null),
  ],
  split: [
    "matcher_value, /",
    (self: PyValue, matcher: PyValue) => newTuple(splitGroup(asGroup(self), matcher)),
  ],
  subgroup: [
    "matcher_value, /",
    (self: PyValue, matcher: PyValue) =>
      splitRecursive(asGroup(self), matcherOf(matcher), false).match,
  ],
});

function readonly(): never {
  throw pyError("AttributeError", "readonly attribute");
}

defineGetSets(baseGroupType, {
  message: [(self: PyValue) => asGroup(self).message, readonly],
  exceptions: [(self: PyValue) => asGroup(self).exceptions, readonly],
});
