/**
 * SRE(search): the leftmost match at or after state.start, trying each
 * position in turn, with the shortcuts the INFO block allows
 * (<INFO> <skip> <flags> <min> <max> [prefix | charset]):
 *
 *   min      a subject shorter than the minimum width cannot match, and the
 *            last min-1 positions need not be tried;
 *   prefix   every match starts with these literal characters: jump between
 *            their occurrences (JS indexOf on a narrow str, else the
 *            compiler's overlap table, Knuth-Morris-Pratt style) and resume
 *            matching after them; if the whole pattern is that literal
 *            (INFO_LITERAL) an occurrence is the match;
 *   charset  every match starts with a character of this set: skip others.
 *
 * Without a prefix, a search gives up after a failed attempt when the plan's
 * required character (sre_plan.ts) does not occur in the rest; without a
 * prefix or charset, the plan's start set and run skip leave out starts
 * where no match can begin.
 *
 * Between attempts the captures are reset (RESET_CAPTURE_GROUP).
 */
import { At, INFO_CHARSET, INFO_LITERAL, INFO_PREFIX, Op } from "./sre_constants.ts";
import { sreMatch } from "./sre_engine.ts";
import { canStart, HIGH } from "./sre_plan.ts";
import type { SreState } from "./sre_state.ts";

function resetCaptures(s: SreState): void {
  s.lastmark = -1;
  s.lastindex = -1;
}

export function sreSearch(s: SreState): boolean {
  const code = s.code;
  let ptr = s.start;
  let end = s.end;
  if (ptr > end) return false;
  let pc = 0;
  let flags = 0;
  let prefixLength = 0;
  let prefixSkip = 0;
  let charset = -1;
  if (code[0] === Op.INFO) {
    flags = code[2];
    const min = code[3];
    if (min !== 0 && end - ptr < min) return false;
    if (min > 1) {
      // Leave at least one position so that the literal scans below work.
      end -= min - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & INFO_PREFIX) {
      prefixLength = code[5];
      prefixSkip = code[6];
    } else if (flags & INFO_CHARSET) charset = 5;
    pc = 1 + code[1];
  }

  if (prefixLength > 0) {
    return searchPrefix(s, ptr, pc, prefixLength, prefixSkip, (flags & INFO_LITERAL) !== 0);
  }

  const text = s.text;
  const data = s.data!;
  // After a failed attempt: is the character every match needs still ahead?
  const required = s.plan.requiredChar(pc);
  if (charset >= 0) {
    end = s.end;
    s.mustAdvance = false;
    const set = s.plan.charsetAt(charset);
    const matcher = s.plan.matcherAt(pc);
    let failed = false;
    for (;;) {
      ptr = nextStart(set, text, data, ptr, end - 1, end);
      if (ptr < 0) return false;
      if (failed) {
        const allowed = requiredStart(s, required, ptr);
        if (allowed < 0) return false;
        if (allowed > ptr) {
          ptr = allowed;
          continue;
        }
      }
      s.start = ptr;
      s.ptr = ptr;
      if (matcher !== null ? matcher(s, false) : sreMatch(s, pc, false)) return true;
      ptr++;
      resetCaptures(s);
      failed = true;
    }
  }

  // General case: the first attempt may be the toplevel one that
  // must_advance constrains; the others start later and cannot be empty at start.
  // Positions where no match can start are skipped, and so are the starts
  // the run skip rules out after a failed attempt (sre_plan.ts).
  const plan = s.plan;
  const first = plan.startAt(pc);
  const run = plan.leadingRun(pc);
  // The compiled matcher (sre_codegen.ts), called without sreMatch's lookup.
  const matcher = plan.matcherAt(pc);
  const subjectEnd = s.end;
  s.start = s.ptr = ptr;
  let attempted = first === null || canStart(first, text, data, ptr, subjectEnd);
  let found = attempted && (matcher !== null ? matcher(s, true) : sreMatch(s, pc, true));
  s.mustAdvance = false;
  if (
    !found && code[pc] === Op.AT &&
    (code[pc + 1] === At.BEGINNING || code[pc + 1] === At.BEGINNING_STRING)
  ) {
    // Anchored at the beginning: no later position can match.
    s.start = s.ptr = end;
    return false;
  }
  while (!found && ptr < end) {
    const failed = attempted;
    if (attempted && run >= 0) {
      ptr = plan.runEnd(s, pc, run, ptr);
      if (ptr >= end) return false;
    }
    ptr++;
    for (;;) {
      if (first !== null) {
        ptr = nextStart(first, text, data, ptr, end, subjectEnd);
        if (ptr < 0) return false;
      }
      if (!failed) break;
      const allowed = requiredStart(s, required, ptr);
      if (allowed < 0) return false;
      if (allowed === ptr) break;
      ptr = allowed;
    }
    resetCaptures(s);
    s.start = s.ptr = ptr;
    attempted = true;
    found = matcher !== null ? matcher(s, false) : sreMatch(s, pc, false);
  }
  return found;
}

/**
 * The first start from `ptr` on that the plan's required character allows
 * (sre_plan.ts; required -1: none), or -1 when none does. Its next
 * occurrence is kept in the state, so a search looks again only once past
 * it: the stretches scanned do not overlap.
 */
function requiredStart(s: SreState, required: number, ptr: number): number {
  if (required < 0) return ptr;
  let at = s.requiredAt;
  if (at < ptr) {
    at = s.text !== null
      ? s.text.indexOf(String.fromCharCode(required), ptr)
      : s.data!.indexOf(required, ptr);
    if (at < 0 || at >= s.end) return -1;
    s.requiredAt = at;
  }
  const reach = s.plan.requiredReach;
  const earliest = reach < 0 ? ptr : at - reach;
  return earliest > ptr ? earliest : ptr;
}

/** The first position in [ptr, last] where the start set allows a match, or -1. */
function nextStart(
  set: Uint8Array,
  text: string | null,
  data: Uint8Array | Uint32Array,
  ptr: number,
  last: number,
  end: number,
): number {
  if (last >= end) last = end - 1;
  if (text !== null) {
    for (; ptr <= last; ptr++) {
      const ch = text.charCodeAt(ptr);
      if (set[ch < 256 ? ch : HIGH] !== 0) return ptr;
    }
  } else {
    for (; ptr <= last; ptr++) {
      const ch = data[ptr];
      if (set[ch < 256 ? ch : HIGH] !== 0) return ptr;
    }
  }
  return -1;
}

/** The search loop when every match begins with the INFO block's literal prefix. */
function searchPrefix(
  s: SreState,
  ptr: number,
  pc: number,
  length: number,
  skip: number,
  literal: boolean,
): boolean {
  const code = s.code;
  const prefix = 7;
  const end = s.end;
  if (length > end - ptr) return false;
  s.mustAdvance = false;
  // Found an occurrence at `at`: the match (or the rest of the pattern) starts there.
  const tryAt = (at: number): boolean => {
    s.start = at;
    s.ptr = at + skip;
    if (literal) return true;
    if (sreMatch(s, pc + 2 * skip, false)) return true;
    resetCaptures(s);
    return false;
  };

  const text = s.text;
  if (text !== null) {
    let needle = "";
    for (let i = 0; i < length; i++) {
      const c = code[prefix + i];
      // A narrow str has no astral character nor surrogate.
      if (c > 0xffff || (c >= 0xd800 && c <= 0xdfff)) return false;
      needle += String.fromCharCode(c);
    }
    for (;;) {
      const at = text.indexOf(needle, ptr);
      if (at < 0 || at + length > end) return false;
      if (tryAt(at)) return true;
      ptr = at + 1;
    }
  }

  // Knuth-Morris-Pratt over the compiler's overlap table: overlap[i] is
  // how much of the prefix is still matched after a mismatch at prefix[i].
  const overlap = prefix + length - 1;
  const first = code[prefix];
  if (length === 1) {
    for (; ptr < end; ptr++) if (s.charAt(ptr) === first && tryAt(ptr)) return true;
    return false;
  }
  while (ptr < end) {
    while (s.charAt(ptr++) !== first) if (ptr >= end) return false;
    if (ptr >= end) return false;
    let i = 1;
    do {
      if (s.charAt(ptr) === code[prefix + i]) {
        if (++i !== length) {
          if (++ptr >= end) return false;
          continue;
        }
        if (tryAt(ptr - (length - 1))) return true;
        if (++ptr >= end) return false;
      }
      i = code[overlap + i];
    } while (i !== 0);
  }
  return false;
}
