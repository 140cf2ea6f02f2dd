/**
 * `re.Pattern` (a compiled expression: its code and group tables) and
 * `_sre.SRE_Scanner` (a matching state kept between calls, behind finditer
 * and Pattern.scanner). The loops of findall, split and sub step through a
 * subject as sre.c's do: after an empty match the next one must advance
 * (`mustAdvance`), so `re.sub('x*', '-', 'abc')` gives '-a-b-c-'.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { newTuple, type PyTuple } from "../vm/objects/tuple.ts";
import { PyList } from "../vm/objects/list.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { bytesJoin } from "../vm/objects/bytes_split.ts";
import { strJoin } from "../vm/objects/str_split.ts";
import { asSize } from "../vm/objects/str_args.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { normalizeBigInt } from "../vm/objects/int_value.ts";
import { NotImplemented } from "../vm/objects/singletons.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { isStr, type PyStr, strConcatAll, strLength, strSlice } from "../vm/objects/str_wide.ts";
import { addExport } from "../vm/objects/memoryview_exports.ts";
import { PyMappingProxy } from "../vm/runtime/types/mappingproxy_type.ts";
import { callableIteratorType } from "../vm/runtime/types/iterator_types.ts";
import { PyNativeIterator } from "../vm/runtime/iteration.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { equals } from "../vm/runtime/operators.ts";
import { hashOf } from "../vm/runtime/hash.ts";
import { importAbsolute } from "../vm/runtime/import/import_module.ts";
import { addClassGetItem } from "./module_helpers.ts";
import { FLAG_ASCII, FLAG_LOCALE, FLAG_NAMES, FLAG_UNICODE } from "./sre_constants.ts";
import { SreState } from "./sre_state.ts";
import { SrePlan } from "./sre_plan.ts";
import type { CodeFacts } from "./sre_validate.ts";
import { sreMatch } from "./sre_engine.ts";
import { sreSearch } from "./sre_search.ts";
import { expectSubject, sliceOf, subjectOf } from "./sre_subject.ts";
import { newMatch, type PyMatch } from "./sre_match_type.ts";

const patternType = makeBuiltinType("Pattern", undefined, { subclassable: false });
patternType.dict.set("__module__", "re");
const scannerType = makeBuiltinType("SRE_Scanner", undefined, { subclassable: false });
scannerType.dict.set("__module__", "_sre");

export class PyPattern extends PyObject {
  constructor(
    /** The source (str, bytes or None), for repr and Pattern.pattern. */
    readonly pattern: PyValue,
    readonly flags: number,
    readonly code: Uint32Array,
    readonly groups: number,
    /** Group name -> number, or null when the pattern names no group. */
    readonly groupindex: PyDict | null,
    /** Group number -> name (None for unnamed), or null. */
    readonly indexgroup: PyTuple | null,
    /** 1 for a bytes pattern, 0 for str, -1 when compiled without a source. */
    readonly isBytes: number,
    private readonly facts: CodeFacts,
  ) {
    super(patternType);
  }

  private planCache: SrePlan | null = null;
  /** A state no call is using, kept for the next call (see takeState). */
  idleState: SreState | null = null;

  /** Built on first use: many compiled patterns are never matched. */
  get plan(): SrePlan {
    return this.planCache ??= new SrePlan(this.code, this.facts);
  }
}

/**
 * state_init: a matching state over `string`, refusing str/bytes mixtures.
 * The pattern's idle state is taken when there is one: a state (with its
 * marks) per call showed up in profiles of re.match on short lines. A call
 * that runs no Python code while it holds the state gives it back
 * (releaseState); one that does (sub with a callable) may meet a nested
 * call of the same pattern, which then makes a state of its own.
 */
function takeState(
  self: PyPattern,
  string: PyValue,
  pos: PyValue = 0,
  endpos?: PyValue,
): SreState {
  // The arguments are converted first, as the argument clinic does: a huge pos is an
  // OverflowError even for a subject of the wrong kind.
  const start = typeof pos === "number" ? pos : asSize(pos);
  const end = endpos === undefined ? undefined : asSize(endpos);
  const subject = expectSubject(string);
  if (subject.isBytes && self.isBytes === 0) {
    throw pyError("TypeError", "cannot use a string pattern on a bytes-like object");
  }
  if (!subject.isBytes && self.isBytes > 0) {
    throw pyError("TypeError", "cannot use a bytes pattern on a string-like object");
  }
  let state = self.idleState;
  if (state === null) state = new SreState(self.code, self.plan, self.groups);
  else self.idleState = null;
  return state.begin(string, subject.data, subject.isBytes, start, end ?? subject.data.length);
}

function releaseState(self: PyPattern, state: SreState): void {
  state.forget();
  self.idleState = state;
}

/** Group `index` (1-based) of the last search, for findall/split (state_getslice). */
function stateGroup(s: SreState, index: number, empty: boolean): PyValue {
  const at = (index - 1) * 2;
  if (at >= s.lastmark || s.marks[at] < 0 || s.marks[at + 1] < 0) {
    return empty ? sliceOf(s.string, 0, 0) : null;
  }
  return sliceOf(s.string, s.marks[at], s.marks[at + 1]);
}

/** After a match: the next search starts at its end, and must advance if it was empty. */
function advance(s: SreState): void {
  s.mustAdvance = s.ptr === s.start;
  s.start = s.ptr;
}

/** The Match of a one-shot match/search, giving the state back. */
function matchOnce(self: PyPattern, s: SreState, found: boolean): PyMatch | null {
  const match = newMatch(self, s, found);
  releaseState(self, s);
  return match;
}

function findall(self: PyPattern, string: PyValue, pos: PyValue, endpos?: PyValue): PyList {
  const s = takeState(self, string, pos, endpos);
  const items: PyValue[] = [];
  while (s.start <= s.end) {
    s.reset();
    s.ptr = s.start;
    if (!sreSearch(s)) break;
    if (self.groups === 0) items.push(sliceOf(string, s.start, s.ptr));
    else if (self.groups === 1) items.push(stateGroup(s, 1, true));
    else {
      const groups: PyValue[] = [];
      for (let i = 1; i <= self.groups; i++) groups.push(stateGroup(s, i, true));
      items.push(newTuple(groups));
    }
    advance(s);
  }
  releaseState(self, s);
  return new PyList(items);
}

function split(self: PyPattern, string: PyValue, maxsplitValue: PyValue): PyList {
  const s = takeState(self, string);
  const maxsplit = asSize(maxsplitValue);
  const items: PyValue[] = [];
  let splits = 0;
  let last = s.start;
  while (maxsplit === 0 || splits < maxsplit) {
    s.reset();
    s.ptr = s.start;
    if (!sreSearch(s)) break;
    items.push(sliceOf(string, last, s.start));
    for (let i = 1; i <= self.groups; i++) items.push(stateGroup(s, i, false));
    splits++;
    advance(s);
    last = s.start;
  }
  items.push(sliceOf(string, last, s.endpos));
  releaseState(self, s);
  return new PyList(items);
}

const isCallable = (value: PyValue) => typeOf(value).lookup("__call__") !== undefined;

/** True for a str or buffer replacement without a backslash: used as is. */
function isLiteralReplacement(repl: PyValue): boolean {
  const subject = subjectOf(repl);
  if (subject === undefined) return false;
  const data = subject.data;
  if (typeof data === "string") return !data.includes("\\");
  return !data.includes(0x5c);
}

/**
 * pattern_subx: sub and subn. A template with backslashes goes through
 * re._subx, which returns either a literal or a function of the match.
 */
function substitute(
  self: PyPattern,
  repl: PyValue,
  string: PyValue,
  countValue: PyValue,
  withCount: boolean,
): PyValue {
  let filter = repl;
  let callFilter = isCallable(repl);
  if (!callFilter && !isLiteralReplacement(repl)) {
    filter = callObject(getAttribute(importAbsolute("re"), "_subx"), [self, repl], null);
    callFilter = isCallable(filter);
  }
  const s = takeState(self, string);
  const count = asSize(countValue);
  const pieces: PyValue[] = [];
  let substitutions = 0;
  let copied = 0;
  while (count === 0 || substitutions < count) {
    s.reset();
    s.ptr = s.start;
    if (!sreSearch(s)) break;
    const start = s.start;
    const end = s.ptr;
    if (copied < start) pieces.push(sliceOf(string, copied, start));
    const item = callFilter ? callObject(filter, [newMatch(self, s, true)], null) : filter;
    if (item !== null) pieces.push(item);
    copied = end;
    substitutions++;
    advance(s);
  }
  if (copied < s.endpos) pieces.push(sliceOf(string, copied, s.endpos));
  const isBytes = s.isBytes;
  releaseState(self, s);
  let result: PyValue;
  if (isBytes) {
    result = new PyBytes(
      pieces.length === 0 ? new Uint8Array(0) : bytesJoin(
        new Uint8Array(0),
        new PyList(pieces),
      ),
    );
  } else result = pieces.length === 0 ? "" : strJoin("", pieces);
  return withCount ? newTuple([result, substitutions]) : result;
}

class PyScanner extends PyObject {
  executing = false;
  /** Set once a call finds nothing: every later call returns None. */
  exhausted = false;
  /** A scanner holds its subject's buffer as long as it lives (an ExportingView). */
  readonly released = false;
  constructor(readonly pattern: PyPattern, readonly state: SreState) {
    super(scannerType);
  }
}

/**
 * finditer's iterator, iter(scanner.search, None): it holds the scanner, and
 * with it the subject's buffer, until the search finds nothing (then
 * CPython's callable_iterator drops the scanner).
 */
class ScanIterator extends PyNativeIterator {
  constructor(readonly scanner: PyScanner) {
    // Without a bound method per step.
    super(callableIteratorType, () => scan(scanner, true) ?? undefined);
  }
  get released(): boolean {
    return this.scanner.exhausted;
  }
}

/**
 * CPython's scanner keeps a buffer view of a bytes-like subject: a bytearray
 * or array cannot change size while something holding it is reachable
 * (`holder`: the scanner, or finditer's iterator).
 */
function exportSubject(string: PyValue, holder: PyScanner | ScanIterator): void {
  if (typeof string === "object" && string !== null && !(string instanceof PyBytes)) {
    if (subjectOf(string) !== undefined && !isStr(string)) addExport(string, holder);
  }
}

function newScanner(
  self: PyPattern,
  string: PyValue,
  pos: PyValue,
  endpos?: PyValue,
): PyScanner {
  const scanner = new PyScanner(self, takeState(self, string, pos, endpos));
  exportSubject(string, scanner);
  return scanner;
}

/** SRE_Scanner.match/search: the next match from where the previous one ended. */
function scan(scanner: PyScanner, search: boolean): PyMatch | null {
  if (scanner.executing) {
    throw pyError("ValueError", "regular expression scanner already executing");
  }
  if (scanner.exhausted) return null;
  scanner.executing = true;
  try {
    const s = scanner.state;
    s.reset();
    s.ptr = s.start;
    const found = search ? sreSearch(s) : sreMatch(s, 0, true);
    const match = newMatch(scanner.pattern, s, found);
    if (found) advance(s);
    else {
      scanner.exhausted = true;
      // An exhausted scanner never reads its state again: the pattern's next
      // call (finditer over the next line) takes it instead of a new one.
      if (scanner.pattern.idleState === null) releaseState(scanner.pattern, s);
    }
    return match;
  } finally {
    scanner.executing = false;
  }
}

function finditer(self: PyPattern, string: PyValue, pos: PyValue, endpos?: PyValue) {
  const iterator = new ScanIterator(new PyScanner(self, takeState(self, string, pos, endpos)));
  exportSubject(string, iterator);
  return iterator;
}

function patternRepr(self: PyPattern): PyStr {
  let flags = self.flags;
  if (self.isBytes === 0 && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) === FLAG_UNICODE) {
    flags &= ~FLAG_UNICODE; // the default for str patterns
  }
  const names: string[] = [];
  for (const [name, value] of FLAG_NAMES) {
    if (flags & value) {
      names.push(name);
      flags &= ~value;
    }
  }
  if (flags !== 0) names.push("0x" + (flags >>> 0).toString(16));
  const source = reprOf(self.pattern);
  const shown = strLength(source) > 200 ? strSlice(source, 0, 200) : source;
  const tail = names.length > 0 ? `, ${names.join("|")})` : ")";
  return strConcatAll(["re.compile(", shown, tail]);
}

function samePattern(a: PyPattern, b: PyPattern): boolean {
  if (a === b) return true;
  if (a.flags !== b.flags || a.isBytes !== b.isBytes || a.code.length !== b.code.length) {
    return false;
  }
  for (let i = 0; i < a.code.length; i++) if (a.code[i] !== b.code[i]) return false;
  return equals(a.pattern, b.pattern);
}

function patternHash(self: PyPattern): number | bigint {
  let codeHash = 0;
  for (let i = 0; i < self.code.length; i++) {
    codeHash = (Math.imul(codeHash, 1000003) ^ self.code[i]) | 0;
  }
  let hash = BigInt(hashOf(self.pattern)) ^ BigInt(codeHash) ^ BigInt(self.flags) ^
    BigInt(self.isBytes) ^ BigInt(self.code.length);
  hash = BigInt.asIntN(64, hash);
  return normalizeBigInt(hash === -1n ? -2n : hash);
}

registerConstructor(patternType, () => {
  throw pyError("TypeError", "cannot create 're.Pattern' instances");
});
registerConstructor(scannerType, () => {
  throw pyError("TypeError", "cannot create '_sre.SRE_Scanner' instances");
});

// endpos defaults to sys.maxsize, which the state clamps to the length anyway.
const RANGE = "string, pos=0, endpos=?";

defineNativeMethods(patternType, {
  match: [RANGE, (self: PyPattern, string: PyValue, pos: PyValue, endpos?: PyValue) => {
    const s = takeState(self, string, pos, endpos);
    return matchOnce(self, s, sreMatch(s, 0, true));
  }],
  fullmatch: [RANGE, (self: PyPattern, string: PyValue, pos: PyValue, endpos?: PyValue) => {
    const s = takeState(self, string, pos, endpos);
    s.matchAll = true;
    return matchOnce(self, s, sreMatch(s, 0, true));
  }],
  search: [RANGE, (self: PyPattern, string: PyValue, pos: PyValue, endpos?: PyValue) => {
    const s = takeState(self, string, pos, endpos);
    return matchOnce(self, s, sreSearch(s));
  }],
  sub: [
    "repl, string, count=0",
    (self: PyPattern, repl: PyValue, string: PyValue, count: PyValue) =>
      substitute(self, repl, string, count, false),
  ],
  subn: ["repl, string, count=0", (
    self: PyPattern,
    repl: PyValue,
    string: PyValue,
    count: PyValue,
  ) => substitute(self, repl, string, count, true)],
  findall: [RANGE, findall],
  split: ["string, maxsplit=0", split],
  finditer: [RANGE, finditer],
  scanner: [RANGE, newScanner],
  __copy__: ["", (self: PyPattern) => self],
  __deepcopy__: ["memo, /", (self: PyPattern) => self],
  __repr__: ["", patternRepr],
  __eq__: ["other, /", (self: PyPattern, other: PyValue) => {
    if (!(other instanceof PyPattern)) return NotImplemented;
    return samePattern(self, other);
  }],
  __ne__: ["other, /", (self: PyPattern, other: PyValue) => {
    if (!(other instanceof PyPattern)) return NotImplemented;
    return !samePattern(self, other);
  }],
  __hash__: ["", patternHash],
});

defineGetSets(patternType, {
  pattern: [(self: PyPattern) => self.pattern],
  flags: [(self: PyPattern) => self.flags],
  groups: [(self: PyPattern) => self.groups],
  groupindex: [
    (self: PyPattern) =>
      self.groupindex === null ? new PyDict() : new PyMappingProxy(self.groupindex),
  ],
});

defineNativeMethods(scannerType, {
  match: ["", (self: PyScanner) => scan(self, false)],
  search: ["", (self: PyScanner) => scan(self, true)],
});
defineGetSets(scannerType, { pattern: [(self: PyScanner) => self.pattern] });

addClassGetItem([patternType]);
