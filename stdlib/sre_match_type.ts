/**
 * `re.Match`: the result of a successful match. It keeps the subject object
 * and the group spans as positions (-1 for a group that did not take part),
 * and slices the subject when a group is asked for, as CPython's MatchObject.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { newTuple, type PyTuple } from "../vm/objects/tuple.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { type PyStr, strConcatAll, strLength, strSlice } from "../vm/objects/str_wide.ts";
import { late } from "../vm/runtime/late_protocols.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { importAbsolute } from "../vm/runtime/import/import_module.ts";
import { addClassGetItem } from "./module_helpers.ts";
import { lengthOf, sliceOf } from "./sre_subject.ts";
import type { SreState } from "./sre_state.ts";
import type { PyPattern } from "./sre_pattern.ts";

const matchType = makeBuiltinType("Match", undefined, { subclassable: false });
matchType.dict.set("__module__", "re");

export class PyMatch extends PyObject {
  private regsCache: PyTuple | null = null;
  constructor(
    readonly pattern: PyPattern,
    readonly string: PyValue,
    /** [start, end] of the whole match, then of each group; -1 when unset. */
    readonly marks: readonly number[],
    readonly pos: number,
    readonly endpos: number,
    readonly lastindex: number,
  ) {
    super(matchType);
  }

  get groupCount(): number {
    return this.marks.length >> 1;
  }

  /** Group `index` (0 <= index < groupCount), or `otherwise` when it did not match. */
  slice(index: number, otherwise: PyValue): PyValue {
    const start = this.marks[2 * index];
    if (start < 0) return otherwise;
    // A narrow str cannot change nor hold a group past its end.
    if (typeof this.string === "string") return this.string.slice(start, this.marks[2 * index + 1]);
    const length = lengthOf(this.string);
    return sliceOf(
      this.string,
      Math.min(start, length),
      Math.min(this.marks[2 * index + 1], length),
    );
  }

  regs(): PyTuple {
    if (this.regsCache === null) {
      const pairs: PyValue[] = [];
      for (let i = 0; i < this.groupCount; i++) pairs.push(this.span(i));
      this.regsCache = newTuple(pairs);
    }
    return this.regsCache;
  }

  span(index: number): PyTuple {
    return newTuple([this.marks[2 * index], this.marks[2 * index + 1]]);
  }
}

/** pattern_new_match: the Match for a successful state, or None. */
export function newMatch(pattern: PyPattern, state: SreState, found: boolean): PyMatch | null {
  if (!found) return null;
  const groups = pattern.groups;
  // A plain array: see SreState.marks.
  const marks = new Array<number>(2 * (groups + 1));
  marks[0] = state.start;
  marks[1] = state.ptr;
  const stateMarks = state.marks;
  for (let i = 0, j = 0; i < groups; i++, j += 2) {
    if (j + 1 <= state.lastmark && stateMarks[j] >= 0 && stateMarks[j + 1] >= 0) {
      marks[j + 2] = stateMarks[j];
      marks[j + 3] = stateMarks[j + 1];
      if (marks[j + 2] > marks[j + 3]) {
        throw pyError(
          "SystemError",
          "The span of capturing group is wrong, please report a bug for the re module.",
        );
      }
    } else {
      marks[j + 2] = marks[j + 3] = -1;
    }
  }
  return new PyMatch(pattern, state.string, marks, state.pos, state.endpos, state.lastindex);
}

const PY_SSIZE_T_MAX = 2 ** 63 - 1;

/** match_getindex: a group number from an int or a group name; IndexError otherwise. */
function groupIndex(self: PyMatch, index: PyValue | undefined): number {
  if (index === undefined) return 0;
  let i = -1;
  const integer = intOperand(index) ??
    (typeOf(index).lookup("__index__") !== undefined ? late.index(index) : undefined);
  if (integer !== undefined) {
    // PyNumber_AsSsize_t without an exception type clamps huge values.
    i = typeof integer === "number" ? integer : integer > 0n ? PY_SSIZE_T_MAX : -PY_SSIZE_T_MAX;
  } else if (self.pattern.groupindex !== null) {
    const number = self.pattern.groupindex.get(index);
    const numberValue = number === undefined ? undefined : intOperand(number);
    if (numberValue !== undefined) i = Number(numberValue);
  }
  if (i < 0 || i >= self.groupCount) throw pyError("IndexError", "no such group");
  return i;
}

function group(self: PyMatch, index: PyValue | undefined): PyValue {
  return self.slice(groupIndex(self, index), null);
}

/** re._expand(pattern, match, template): templates are parsed by re._parser. */
function expand(self: PyMatch, template: PyValue): PyValue {
  const expandHook = getAttribute(importAbsolute("re"), "_expand");
  return callObject(expandHook, [self.pattern, self, template], null);
}

function matchRepr(self: PyMatch): PyStr {
  const group0 = reprOf(self.slice(0, null));
  const shown = strLength(group0) > 50 ? strSlice(group0, 0, 50) : group0;
  return strConcatAll([
    `<re.Match object; span=(${self.marks[0]}, ${self.marks[1]}), match=`,
    shown,
    ">",
  ]);
}

registerConstructor(matchType, () => {
  throw pyError("TypeError", "cannot create 're.Match' instances");
});

defineNativeMethods(matchType, {
  group: ["*args", (self: PyMatch, args: PyValue[]) => {
    if (args.length === 0) return self.slice(0, null);
    if (args.length === 1) return group(self, args[0]);
    return newTuple(args.map((arg) => group(self, arg)));
  }],
  start: ["group=?, /", (self: PyMatch, index?: PyValue) => {
    return self.marks[2 * groupIndex(self, index)];
  }],
  end: ["group=?, /", (self: PyMatch, index?: PyValue) => {
    return self.marks[2 * groupIndex(self, index) + 1];
  }],
  span: ["group=?, /", (self: PyMatch, index?: PyValue) => self.span(groupIndex(self, index))],
  groups: ["default=None", (self: PyMatch, otherwise: PyValue) => {
    const items: PyValue[] = [];
    for (let i = 1; i < self.groupCount; i++) items.push(self.slice(i, otherwise));
    return newTuple(items);
  }],
  groupdict: ["default=None", (self: PyMatch, otherwise: PyValue) => {
    const result = new PyDict();
    const names = self.pattern.groupindex;
    if (names === null) return result;
    for (let position = 0; position < names.keys.length; position++) {
      const name = names.keys[position];
      if (name === undefined) continue;
      result.set(name, self.slice(groupIndex(self, name), otherwise));
    }
    return result;
  }],
  expand: ["template", expand],
  __getitem__: ["group, /", group],
  __repr__: ["", matchRepr],
  __copy__: ["", (self: PyMatch) => self],
  __deepcopy__: ["memo, /", (self: PyMatch) => self],
});

defineGetSets(matchType, {
  string: [(self: PyMatch) => self.string],
  re: [(self: PyMatch) => self.pattern],
  pos: [(self: PyMatch) => self.pos],
  endpos: [(self: PyMatch) => self.endpos],
  lastindex: [(self: PyMatch) => self.lastindex >= 0 ? self.lastindex : null],
  lastgroup: [(self: PyMatch) => {
    const names = self.pattern.indexgroup;
    if (names === null || self.lastindex < 0 || self.lastindex >= names.items.length) return null;
    return names.items[self.lastindex];
  }],
  regs: [(self: PyMatch) => self.regs()],
});

addClassGetItem([matchType]);
