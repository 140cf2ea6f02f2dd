/**
 * "Did you mean" suggestions for AttributeError and NameError, as CPython
 * 3.11 prints them after the message of an uncaught exception (and from
 * `sys.__excepthook__`): `NameError: name 'bluch' is not defined. Did you
 * mean: 'blech'?`. In 3.11 only the C-level report adds them; the traceback
 * module does not.
 *
 * Candidates: for an AttributeError, `dir(exc.obj)`; for a NameError, the
 * names of the innermost traceback frame's code (locals, cells, free
 * variables), then its globals, then its builtins, each list tried on its own
 * in that order. More than 749 candidates in a list give no suggestion.
 *
 * The distance is Levenshtein's over UTF-8 bytes with weighted edits: an
 * insertion, a deletion or a substitution of unrelated bytes costs 2, a
 * substitution that only changes ASCII case costs 1. A candidate qualifies
 * when at most about a third of the characters involved would change:
 * distance <= (len(name) + len(candidate) + 3) * 2 / 6 (integer division). The
 * first candidate with the smallest distance wins; an identical name never
 * does. Names longer than 40 bytes (after dropping a common prefix and suffix)
 * never match. Any error while gathering candidates means no suggestion.
 */
import type { PyValue } from "../objects/object.ts";
import { exceptionField, ExceptionType, PyBaseException } from "../objects/exceptions.ts";
import { isStr, type PyStr, toJsString } from "../objects/str_wide.ts";
import { PyList } from "../objects/list.ts";
import { callObject } from "./call.ts";
import { interpreter } from "./interpreter_state.ts";
import { PyTraceback } from "./traceback.ts";

const MAX_CANDIDATES = 750;
const MAX_LENGTH = 40;
const EDIT_COST = 2;
const CASE_COST = 1;

const utf8 = new TextEncoder();

/** The cost of turning byte `a` into byte `b`. */
function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  // Bytes that differ outside their low five bits cannot be case variants.
  if ((a & 31) !== (b & 31)) return EDIT_COST;
  const lower = (byte: number) => (byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte);
  return lower(a) === lower(b) ? CASE_COST : EDIT_COST;
}

/** The weighted edit distance of `a` and `b`, or `limit + 1` once it must exceed `limit`. */
function editDistance(a: Uint8Array, b: Uint8Array, limit: number): number {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  let shorter = a.subarray(start, endA);
  let longer = b.subarray(start, endB);
  if (shorter.length === 0 || longer.length === 0) {
    return (shorter.length + longer.length) * EDIT_COST;
  }
  if (shorter.length > MAX_LENGTH || longer.length > MAX_LENGTH) return limit + 1;
  if (longer.length < shorter.length) [shorter, longer] = [longer, shorter];
  if ((longer.length - shorter.length) * EDIT_COST > limit) return limit + 1;
  // One row of the distance matrix: row[i] is the cost of matching the
  // first i + 1 bytes of `shorter` against the part of `longer` seen so far.
  const row = new Array<number>(shorter.length);
  for (let i = 0; i < shorter.length; i++) row[i] = (i + 1) * EDIT_COST;
  let result = 0;
  for (let j = 0; j < longer.length; j++) {
    let diagonal = j * EDIT_COST; // cost before this byte of `longer`, nothing of `shorter`
    // CPython starts the row's left edge at the same j * 2, not (j + 1) * 2;
    // kept, so that the same candidates qualify and win.
    let left = diagonal;
    result = left;
    let best = Infinity;
    for (let i = 0; i < shorter.length; i++) {
      const substitute = diagonal + substitutionCost(longer[j], shorter[i]);
      const above = row[i];
      const cell = Math.min(substitute, Math.min(left, above) + EDIT_COST);
      diagonal = above;
      row[i] = cell;
      left = cell;
      result = cell;
      if (cell < best) best = cell;
    }
    if (best > limit) return limit + 1;
  }
  return result;
}

/** The closest candidate to `name`, or null. */
function closest(name: PyStr, candidates: readonly PyValue[]): string | null {
  if (candidates.length >= MAX_CANDIDATES) return null;
  const nameText = toJsString(name);
  const nameBytes = utf8.encode(nameText);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (!isStr(candidate)) continue;
    const text = toJsString(candidate);
    if (text === nameText) continue;
    const bytes = utf8.encode(text);
    const limit = Math.min(
      Math.floor((nameBytes.length + bytes.length + 3) * EDIT_COST / 6),
      bestDistance - 1,
    );
    const distance = editDistance(nameBytes, bytes, limit);
    if (distance > limit) continue;
    if (best === null || distance < bestDistance) {
      best = text;
      bestDistance = distance;
    }
  }
  return best;
}

function attributeSuggestion(exception: PyBaseException): string | null {
  const name = exceptionField(exception, "name");
  const obj = exceptionField(exception, "obj");
  if (name === undefined || obj === undefined || name === null || !isStr(name)) return null;
  const dir = interpreter().builtins.dict.get("dir");
  if (dir === undefined) return null;
  const names = callObject(dir, [obj], null);
  return names instanceof PyList ? closest(name, names.items) : null;
}

function nameSuggestion(exception: PyBaseException): string | null {
  const name = exceptionField(exception, "name");
  if (name === undefined || name === null || !isStr(name)) return null;
  const first = exception.traceback;
  if (!(first instanceof PyTraceback)) return null;
  let traceback: PyTraceback = first;
  while (traceback.next !== null) traceback = traceback.next;
  const frame = traceback.frame;
  const code = frame.code;
  const keys = (dict: { keys: (PyValue | undefined)[] }) =>
    dict.keys.filter((key): key is PyValue => key !== undefined);
  return closest(name, [...code.co_varnames, ...code.co_cellvars, ...code.co_freevars]) ??
    closest(name, keys(frame.globals)) ?? closest(name, keys(frame.builtins));
}

/** The name CPython's report suggests for `exception`, or null. */
export function suggestionFor(exception: PyBaseException): string | null {
  try {
    if (exception.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return attributeSuggestion(exception);
    }
    if (exception.cls.isSubtypeOf(ExceptionType.NameError)) return nameSuggestion(exception);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
  }
  return null;
}
