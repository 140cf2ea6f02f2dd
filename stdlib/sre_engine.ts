/**
 * The `_sre` matcher: runs the code re/_compiler.py produces against a
 * subject, with CPython's semantics (Modules/_sre/sre_lib.h, SRE(match)).
 *
 * Why a frame stack and not recursion: a backtracking matcher naturally
 * recurses once per choice point (each alternative, each iteration of a
 * repeat), so `(a|b)*` over a million characters would need a million JS
 * frames. Like CPython since 2003, this engine keeps its own stack instead:
 * trying a sub-pattern pushes a frame record (SreState.frames: the resume
 * position, the saved `ptr`, a counter, the saved lastmark/lastindex, the
 * toplevel flag and a *jump kind* saying where to continue in the parent),
 * and a sub-match that ends pops its record and resumes the parent at that
 * continuation with `ret` as the result. Backtracking state that outlives a
 * frame (saved marks, a repeat's last start) lives on SreState.saved, pushed
 * and popped in strict LIFO order by the frames themselves.
 *
 * The loop has four modes, the labels of the C code:
 *   ENTER     a new frame starts: read ptr from state.ptr, check INFO's minimum;
 *   DISPATCH  execute opcodes; an opcode that needs a sub-match saves pc/ptr
 *             in the current frame, pushes a child frame and goes to ENTER;
 *   EXIT      the current frame is done with `ret`: pop it and go to RESUME
 *             with the child's jump kind, or return from the outermost one;
 *   RESUME    the code after a sub-match (`jump_*` labels in C) and the loop
 *             heads that start sub-matches (BRANCH alternatives, repeat
 *             counts), which the opcodes enter through their `*_LOOP` kinds.
 *
 * Invariants: a frame's saved-stack pushes are balanced before it exits; a
 * success propagates straight up (the tail of the pattern is matched inside
 * the child, continuation style), so nothing is left on the stacks after the
 * outermost frame returns.
 */
import { codes, Op, SRE_MAXREPEAT } from "./sre_constants.ts";
import { atPosition, matchGroupRef } from "./sre_ops.ts";
import {
  acceptsAt,
  charOpWidth,
  countRepeats,
  isCharOp,
  matchesChar,
  SET_OPS,
} from "./sre_single.ts";
import { canStart } from "./sre_plan.ts";
import { FRAME, FRAME_SHIFT, Repeat, type SreState } from "./sre_state.ts";
import { pyError } from "../vm/objects/exceptions.ts";

// Frame record fields.
const F_PC = 0;
const F_PTR = 1;
const F_COUNT = 2;
const F_LASTMARK = 3;
const F_LASTINDEX = 4;
const F_TOPLEVEL = 5;
const F_JUMP = 6;

// Loop modes.
const ENTER = 0;
const DISPATCH = 1;
const EXIT = 2;
const RESUME = 3;

// Where a finished sub-match continues (sre_lib.h's JUMP_* labels), then
// the loop heads that opcodes enter directly.
export const Resume = codes(
  [
    "NONE",
    "MAX_UNTIL_1",
    "MAX_UNTIL_2",
    "MAX_UNTIL_3",
    "MIN_UNTIL_1",
    "MIN_UNTIL_2",
    "MIN_UNTIL_3",
    "REPEAT",
    "REPEAT_ONE_1",
    "REPEAT_ONE_2",
    "MIN_REPEAT_ONE",
    "BRANCH",
    "ASSERT",
    "ASSERT_NOT",
    "POSS_REPEAT_1",
    "POSS_REPEAT_2",
    "ATOMIC_GROUP",
    "BRANCH_LOOP",
    "REPEAT_ONE_1_LOOP",
    "REPEAT_ONE_2_LOOP",
    "MIN_REPEAT_ONE_LOOP",
    "MAX_UNTIL_TAIL",
    "POSS_REPEAT_MIN_LOOP",
    "POSS_REPEAT_MORE_LOOP",
  ] as const,
);

/** An engine bug or invalid code: CPython's SRE_ERROR_ILLEGAL/SRE_ERROR_STATE. */
function engineError() {
  return pyError("RuntimeError", "internal error in regular expression engine");
}

/** A sub-match for countRepeats' unusual items: not toplevel, above the current frame. */
const subMatch = (s: SreState, pc: number) => sreMatch(s, pc, false);

/** Push a child frame after `ctx`, saving the parent's pc and ptr; returns the child. */
function pushFrame(
  s: SreState,
  ctx: number,
  pc: number,
  ptr: number,
  jump: number,
  toplevel: number,
): number {
  s.frames[ctx + F_PC] = pc;
  s.frames[ctx + F_PTR] = ptr;
  const child = ctx + FRAME;
  const frames = s.framesFor(child);
  frames[child + F_JUMP] = jump;
  frames[child + F_TOPLEVEL] = toplevel;
  return child;
}

/**
 * SRE(match): does the code at `startPc` match at state.ptr? On success
 * state.ptr is the end of the match and the marks hold the groups.
 */
export function sreMatch(s: SreState, startPc: number, toplevel: boolean): boolean {
  const compiled = s.plan.matcherAt(startPc);
  if (compiled !== null) return compiled(s, toplevel);
  const code = s.code;
  const end = s.end;
  // The subject, read inline below (`text !== null ? text.charCodeAt(ptr) : data[ptr]`):
  // this function is too big for V8 to inline s.charAt into it.
  const text = s.text;
  const data = s.data!;
  const plan = s.plan;
  const tables = plan.tables;
  const base = s.frameTop;
  let frames = s.framesFor(base);
  let ctx = base;
  frames[ctx + F_JUMP] = Resume.NONE;
  frames[ctx + F_TOPLEVEL] = toplevel ? 1 : 0;
  let pc = startPc;
  let ptr = 0;
  let ret = false;
  let mode = ENTER;
  let resumeAt = 0;
  let rep: Repeat | null = null;

  for (;;) {
    if (mode === ENTER) {
      ptr = s.ptr;
      mode = DISPATCH;
      if (code[pc] === Op.INFO) {
        // <INFO> <skip> <flags> <min> ...: too short a subject cannot match.
        const min = code[pc + 3];
        if (min !== 0 && end - ptr < min) {
          ret = false;
          mode = EXIT;
        } else pc += code[pc + 1] + 1;
      }
    }

    if (mode === DISPATCH) {
      dispatch: for (;;) {
        switch (code[pc++]) {
          case 17 /* Op.MARK */: {
            const i = code[pc];
            if (i & 1) s.lastindex = (i >> 1) + 1;
            if (i > s.lastmark) {
              // Marks skipped over were never reached: clear them.
              const marks = s.marks;
              for (let j = s.lastmark + 1; j < i; j++) marks[j] = -1;
              s.lastmark = i;
            }
            s.marks[i] = ptr;
            pc++;
            continue;
          }
          case 16 /* Op.LITERAL */:
            if (ptr >= end || (text !== null ? text.charCodeAt(ptr) : data[ptr]) !== code[pc]) {
              break dispatch;
            }
            pc++;
            ptr++;
            continue;
          case 20 /* Op.NOT_LITERAL */:
            if (ptr >= end || (text !== null ? text.charCodeAt(ptr) : data[ptr]) === code[pc]) {
              break dispatch;
            }
            pc++;
            ptr++;
            continue;
          case 1 /* Op.SUCCESS */:
            if (
              frames[ctx + F_TOPLEVEL] !== 0 &&
              ((s.matchAll && ptr !== s.end) || (s.mustAdvance && ptr === s.start))
            ) break dispatch;
            s.ptr = ptr;
            ret = true;
            mode = EXIT;
            break dispatch;
          case 6 /* Op.AT */:
            if (!atPosition(s, ptr, code[pc])) break dispatch;
            pc++;
            continue;
          case 2 /* Op.ANY */:
            if (ptr >= end || (text !== null ? text.charCodeAt(ptr) : data[ptr]) === 10) {
              break dispatch;
            }
            ptr++;
            continue;
          case 3 /* Op.ANY_ALL */:
            if (ptr >= end) break dispatch;
            ptr++;
            continue;
          case 13 /* Op.IN */:
          case 31 /* Op.IN_IGNORE */:
          case 39 /* Op.IN_UNI_IGNORE */:
          case 35 /* Op.IN_LOC_IGNORE */:
          case 8 /* Op.CATEGORY */:
          case 32 /* Op.LITERAL_IGNORE */:
          case 40 /* Op.LITERAL_UNI_IGNORE */:
          case 36 /* Op.LITERAL_LOC_IGNORE */:
          case 33 /* Op.NOT_LITERAL_IGNORE */:
          case 41 /* Op.NOT_LITERAL_UNI_IGNORE */:
          case 37 /* Op.NOT_LITERAL_LOC_IGNORE */: {
            // The other one-character opcodes, through their op tables below 256 (sre_plan.ts).
            if (ptr >= end) break dispatch;
            const ch = text !== null ? text.charCodeAt(ptr) : data[ptr];
            if (
              ch < 256
                ? (tables[pc - 1] ?? plan.table(pc - 1))[ch] === 0
                : !matchesChar(code, pc - 1, ch)
            ) break dispatch;
            // <IN> <skip> set, or <op> <operand>.
            pc += SET_OPS[code[pc - 1]] === 1 ? code[pc] : 1;
            ptr++;
            continue;
          }
          case 15 /* Op.JUMP */:
          case 14 /* Op.INFO */:
            pc += code[pc];
            continue;

          case 7 /* Op.BRANCH */:
            // <BRANCH> <skip> alternative <JUMP> ... <0>
            saveLastmark(s, frames, ctx);
            if (s.repeat !== null) s.pushMarks(s.lastmark);
            resumeAt = Resume.BRANCH_LOOP;
            mode = RESUME;
            break dispatch;

          case 24 /* Op.REPEAT_ONE */: {
            // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: a greedy
            // repeat of a one-character item, backtracking one at a time.
            const min = code[pc + 1];
            if (min > end - ptr) break dispatch;
            s.ptr = ptr;
            s.frameTop = ctx + FRAME;
            const count = countRepeats(s, pc + 3, code[pc + 2], subMatch);
            frames = s.frames;
            ptr += count;
            if (count < min) break dispatch;
            const tail = pc + code[pc];
            if (code[tail] === Op.SUCCESS) {
              // Nothing follows: the longest count is the match. A shorter
              // one would end further from the end (fullmatch) and would be
              // empty only if this one is (must-advance): no retry helps.
              if (
                frames[ctx + F_TOPLEVEL] !== 0 &&
                ((s.matchAll && ptr !== s.end) || (s.mustAdvance && ptr === s.start))
              ) break dispatch;
              s.ptr = ptr;
              ret = true;
              mode = EXIT;
              break dispatch;
            }
            saveLastmark(s, frames, ctx);
            if (s.repeat !== null) s.pushMarks(s.lastmark);
            frames[ctx + F_COUNT] = count;
            // When the tail must begin with certain characters, only try it where one is.
            resumeAt = plan.startAt(tail) !== null
              ? Resume.REPEAT_ONE_1_LOOP
              : Resume.REPEAT_ONE_2_LOOP;
            mode = RESUME;
            break dispatch;
          }

          case 26 /* Op.MIN_REPEAT_ONE */: {
            // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
            const min = code[pc + 1];
            if (min > end - ptr) break dispatch;
            s.ptr = ptr;
            let count = 0;
            if (min !== 0) {
              s.frameTop = ctx + FRAME;
              count = countRepeats(s, pc + 3, min, subMatch);
              frames = s.frames;
              if (count < min) break dispatch;
              ptr += count;
            }
            const toplevelHere = frames[ctx + F_TOPLEVEL] !== 0;
            if (
              code[pc + code[pc]] === Op.SUCCESS &&
              !(toplevelHere &&
                ((s.matchAll && ptr !== s.end) || (s.mustAdvance && ptr === s.start)))
            ) {
              s.ptr = ptr;
              ret = true;
              mode = EXIT;
              break dispatch;
            }
            saveLastmark(s, frames, ctx);
            if (s.repeat !== null) s.pushMarks(s.lastmark);
            frames[ctx + F_COUNT] = count;
            resumeAt = Resume.MIN_REPEAT_ONE_LOOP;
            mode = RESUME;
            break dispatch;
          }

          case 29 /* Op.POSSESSIVE_REPEAT_ONE */: {
            // <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
            const min = code[pc + 1];
            if (ptr + min > end) break dispatch;
            s.ptr = ptr;
            s.frameTop = ctx + FRAME;
            const count = countRepeats(s, pc + 3, code[pc + 2], subMatch);
            frames = s.frames;
            ptr += count;
            if (count < min) break dispatch;
            pc += code[pc];
            if (
              code[pc] === Op.SUCCESS && ptr === s.end &&
              !(frames[ctx + F_TOPLEVEL] !== 0 && s.mustAdvance && ptr === s.start)
            ) {
              s.ptr = ptr;
              ret = true;
              mode = EXIT;
              break dispatch;
            }
            continue;
          }

          case 23 /* Op.REPEAT */: {
            // <REPEAT> <skip> <min> <max> item <MAX_UNTIL|MIN_UNTIL> tail:
            // install a repeat context; the UNTIL opcode does the work.
            const repeat = new Repeat();
            repeat.pc = pc;
            repeat.prev = s.repeat;
            s.repeat = repeat;
            s.frameRepeats[ctx >> FRAME_SHIFT] = repeat;
            s.ptr = ptr;
            ctx = pushFrame(s, ctx, pc, ptr, Resume.REPEAT, frames[ctx + F_TOPLEVEL]);
            frames = s.frames;
            pc += code[pc];
            mode = ENTER;
            break dispatch;
          }

          case 18 /* Op.MAX_UNTIL */: {
            // The end of one iteration of a greedy REPEAT.
            rep = s.repeat;
            if (rep === null) throw engineError();
            s.ptr = ptr;
            const count = rep.count + 1;
            frames[ctx + F_COUNT] = count;
            s.frameRepeats[ctx >> FRAME_SHIFT] = rep;
            if (count < code[rep.pc + 1]) {
              // Not enough iterations yet: match another.
              rep.count = count;
              ctx = pushFrame(s, ctx, pc, ptr, Resume.MAX_UNTIL_1, frames[ctx + F_TOPLEVEL]);
              frames = s.frames;
              pc = rep.pc + 3;
              mode = ENTER;
              break dispatch;
            }
            const max = code[rep.pc + 2];
            if ((count < max || max === SRE_MAXREPEAT) && s.ptr !== rep.lastPtr) {
              // Enough, but try one more iteration first (greedy).
              rep.count = count;
              saveLastmark(s, frames, ctx);
              s.pushMarks(s.lastmark);
              s.pushSaved(rep.lastPtr);
              rep.lastPtr = s.ptr;
              ctx = pushFrame(s, ctx, pc, ptr, Resume.MAX_UNTIL_2, frames[ctx + F_TOPLEVEL]);
              frames = s.frames;
              pc = rep.pc + 3;
              mode = ENTER;
              break dispatch;
            }
            resumeAt = Resume.MAX_UNTIL_TAIL;
            mode = RESUME;
            break dispatch;
          }

          case 19 /* Op.MIN_UNTIL */: {
            // The end of one iteration of a lazy REPEAT.
            rep = s.repeat;
            if (rep === null) throw engineError();
            s.ptr = ptr;
            const count = rep.count + 1;
            frames[ctx + F_COUNT] = count;
            s.frameRepeats[ctx >> FRAME_SHIFT] = rep;
            if (count < code[rep.pc + 1]) {
              rep.count = count;
              ctx = pushFrame(s, ctx, pc, ptr, Resume.MIN_UNTIL_1, frames[ctx + F_TOPLEVEL]);
              frames = s.frames;
              pc = rep.pc + 3;
              mode = ENTER;
              break dispatch;
            }
            // Lazy: see whether the tail matches before another iteration.
            s.repeat = rep.prev;
            saveLastmark(s, frames, ctx);
            if (s.repeat !== null) s.pushMarks(s.lastmark);
            ctx = pushFrame(s, ctx, pc, ptr, Resume.MIN_UNTIL_2, frames[ctx + F_TOPLEVEL]);
            frames = s.frames;
            mode = ENTER;
            break dispatch;
          }

          case 28 /* Op.POSSESSIVE_REPEAT */:
            // <POSSESSIVE_REPEAT> <skip> <min> <max> body <SUCCESS> tail
            s.ptr = ptr;
            frames[ctx + F_COUNT] = 0;
            resumeAt = Resume.POSS_REPEAT_MIN_LOOP;
            mode = RESUME;
            break dispatch;

          case 27 /* Op.ATOMIC_GROUP */:
            // <ATOMIC_GROUP> <skip> body <SUCCESS> tail
            s.ptr = ptr;
            ctx = pushFrame(s, ctx, pc, ptr, Resume.ATOMIC_GROUP, 0);
            frames = s.frames;
            pc += 1;
            mode = ENTER;
            break dispatch;

          case 11 /* Op.GROUPREF */:
          case 30 /* Op.GROUPREF_IGNORE */:
          case 38 /* Op.GROUPREF_UNI_IGNORE */:
          case 34 /* Op.GROUPREF_LOC_IGNORE */: {
            const after = matchGroupRef(s, code[pc - 1], code[pc] * 2, ptr);
            if (after < 0) break dispatch;
            ptr = after;
            pc++;
            continue;
          }

          case 12 /* Op.GROUPREF_EXISTS */: {
            // <GROUPREF_EXISTS> <group> <skip> yes <JUMP> no
            const groupref = code[pc] * 2;
            if (groupref >= s.lastmark) {
              pc += code[pc + 1];
              continue;
            }
            const from = s.marks[groupref];
            const to = s.marks[groupref + 1];
            if (from < 0 || to < 0 || to < from) {
              pc += code[pc + 1];
              continue;
            }
            pc += 2;
            continue;
          }

          case 4 /* Op.ASSERT */: {
            // <ASSERT> <skip> <back> pattern: lookahead (back 0) or lookbehind.
            const back = code[pc + 1];
            if (ptr < back) break dispatch;
            if (isOneCharAssertion(code, pc)) {
              if (!acceptsAt(s, pc + 2, ptr - back)) break dispatch;
              pc += code[pc];
              continue;
            }
            s.ptr = ptr - back;
            ctx = pushFrame(s, ctx, pc, ptr, Resume.ASSERT, 0);
            frames = s.frames;
            pc += 2;
            mode = ENTER;
            break dispatch;
          }

          case 5 /* Op.ASSERT_NOT */: {
            const back = code[pc + 1];
            if (ptr >= back) {
              if (isOneCharAssertion(code, pc)) {
                if (acceptsAt(s, pc + 2, ptr - back)) break dispatch;
              } else {
                s.ptr = ptr - back;
                saveLastmark(s, frames, ctx);
                if (s.repeat !== null) s.pushMarks(s.lastmark);
                ctx = pushFrame(s, ctx, pc, ptr, Resume.ASSERT_NOT, 0);
                frames = s.frames;
                pc += 2;
                mode = ENTER;
                break dispatch;
              }
            }
            pc += code[pc];
            continue;
          }

          case 0 /* Op.FAILURE */:
            break dispatch;

          default:
            throw engineError();
        }
      }
      // Leaving dispatch without another mode set means the match failed here.
      if (mode === DISPATCH) {
        ret = false;
        mode = EXIT;
      }
    }

    if (mode === EXIT) {
      const jump = frames[ctx + F_JUMP];
      if (ctx === base) {
        s.frameTop = base;
        return ret;
      }
      ctx -= FRAME;
      pc = frames[ctx + F_PC];
      ptr = frames[ctx + F_PTR];
      resumeAt = jump;
      mode = RESUME;
    }

    if (mode !== RESUME) continue;
    // Unless a case below starts a sub-match (ENTER) or continues the
    // frame's code (DISPATCH), the frame ends with `ret`.
    mode = EXIT;
    resume: switch (resumeAt) {
      case 11 /* Resume.BRANCH */:
        if (ret) {
          if (s.repeat !== null) s.discardMarks(frames[ctx + F_LASTMARK]);
          break resume;
        }
        if (s.repeat !== null) s.peekMarks(frames[ctx + F_LASTMARK]);
        restoreLastmark(s, frames, ctx);
        pc += code[pc];
      // falls through: try the next alternative
      case 17 /* Resume.BRANCH_LOOP */:
        for (; code[pc] !== 0; pc += code[pc]) {
          // Skip alternatives that cannot start here (CPython only looks
          // at LITERAL and IN; skipping changes nothing else: sre_plan.ts).
          const first = plan.startAt(pc + 1);
          if (first !== null && !canStart(first, text, data, ptr, end)) continue;
          s.ptr = ptr;
          ctx = pushFrame(s, ctx, pc, ptr, Resume.BRANCH, frames[ctx + F_TOPLEVEL]);
          frames = s.frames;
          pc += 1;
          mode = ENTER;
          break resume;
        }
        if (s.repeat !== null) s.discardMarks(frames[ctx + F_LASTMARK]);
        ret = false;
        break resume;

      case 8 /* Resume.REPEAT_ONE_1 */:
        if (ret) {
          if (s.repeat !== null) s.discardMarks(frames[ctx + F_LASTMARK]);
          break resume;
        }
        if (s.repeat !== null) s.peekMarks(frames[ctx + F_LASTMARK]);
        restoreLastmark(s, frames, ctx);
        ptr--;
        frames[ctx + F_COUNT]--;
      // falls through
      case 18 /* Resume.REPEAT_ONE_1_LOOP */: {
        const min = code[pc + 1];
        const next = plan.startAt(pc + code[pc])!;
        let count = frames[ctx + F_COUNT];
        while (count >= min) {
          while (count >= min && !canStart(next, text, data, ptr, end)) {
            ptr--;
            count--;
          }
          if (count < min) break;
          frames[ctx + F_COUNT] = count;
          s.ptr = ptr;
          ctx = pushFrame(s, ctx, pc, ptr, Resume.REPEAT_ONE_1, frames[ctx + F_TOPLEVEL]);
          frames = s.frames;
          pc += code[pc];
          mode = ENTER;
          break resume;
        }
        if (s.repeat !== null) s.discardMarks(frames[ctx + F_LASTMARK]);
        ret = false;
        break resume;
      }

      case 9 /* Resume.REPEAT_ONE_2 */:
        if (ret) {
          if (s.repeat !== null) s.discardMarks(frames[ctx + F_LASTMARK]);
          break resume;
        }
        if (s.repeat !== null) s.peekMarks(frames[ctx + F_LASTMARK]);
        restoreLastmark(s, frames, ctx);
        ptr--;
        frames[ctx + F_COUNT]--;
      // falls through
      case 19 /* Resume.REPEAT_ONE_2_LOOP */:
        if (frames[ctx + F_COUNT] >= code[pc + 1]) {
          s.ptr = ptr;
          ctx = pushFrame(s, ctx, pc, ptr, Resume.REPEAT_ONE_2, frames[ctx + F_TOPLEVEL]);
          frames = s.frames;
          pc += code[pc];
          mode = ENTER;
          break resume;
        }
        if (s.repeat !== null) s.discardMarks(frames[ctx + F_LASTMARK]);
        ret = false;
        break resume;

      case 10 /* Resume.MIN_REPEAT_ONE */:
        if (ret) {
          if (s.repeat !== null) s.discardMarks(frames[ctx + F_LASTMARK]);
          break resume;
        }
        if (s.repeat !== null) s.peekMarks(frames[ctx + F_LASTMARK]);
        restoreLastmark(s, frames, ctx);
        if (!takeOneMore(s, ctx, pc, ptr)) {
          frames = s.frames;
          if (s.repeat !== null) s.discardMarks(frames[ctx + F_LASTMARK]);
          ret = false;
          break resume;
        }
        frames = s.frames;
        ptr++;
        frames[ctx + F_COUNT]++;
      // falls through
      case 20 /* Resume.MIN_REPEAT_ONE_LOOP */: {
        const max = code[pc + 2];
        const next = plan.startAt(pc + code[pc]);
        while (max === SRE_MAXREPEAT || frames[ctx + F_COUNT] <= max) {
          if (next === null || canStart(next, text, data, ptr, end)) {
            s.ptr = ptr;
            ctx = pushFrame(s, ctx, pc, ptr, Resume.MIN_REPEAT_ONE, frames[ctx + F_TOPLEVEL]);
            frames = s.frames;
            pc += code[pc];
            mode = ENTER;
            break resume;
          }
          // The tail cannot start here (sre_plan.ts): take one more item instead.
          const more = takeOneMore(s, ctx, pc, ptr);
          frames = s.frames;
          if (!more) break;
          ptr++;
          frames[ctx + F_COUNT]++;
        }
        if (s.repeat !== null) s.discardMarks(frames[ctx + F_LASTMARK]);
        ret = false;
        break resume;
      }

      case 7 /* Resume.REPEAT */: {
        const repeat = s.frameRepeats[ctx >> FRAME_SHIFT]!;
        s.repeat = repeat.prev;
        break resume;
      }

      case 1 /* Resume.MAX_UNTIL_1 */:
        if (ret) break resume;
        rep = s.frameRepeats[ctx >> FRAME_SHIFT]!;
        rep.count = frames[ctx + F_COUNT] - 1;
        s.ptr = ptr;
        break resume;

      case 2 /* Resume.MAX_UNTIL_2 */:
        rep = s.frameRepeats[ctx >> FRAME_SHIFT]!;
        rep.lastPtr = s.popSaved();
        if (ret) {
          s.discardMarks(frames[ctx + F_LASTMARK]);
          break resume;
        }
        s.popMarks(frames[ctx + F_LASTMARK]);
        restoreLastmark(s, frames, ctx);
        rep.count = frames[ctx + F_COUNT] - 1;
        s.ptr = ptr;
      // falls through: the tail must match after fewer iterations
      case 21 /* Resume.MAX_UNTIL_TAIL */:
        rep = s.frameRepeats[ctx >> FRAME_SHIFT]!;
        s.repeat = rep.prev;
        ctx = pushFrame(s, ctx, pc, ptr, Resume.MAX_UNTIL_3, frames[ctx + F_TOPLEVEL]);
        frames = s.frames;
        mode = ENTER;
        break resume;

      case 3 /* Resume.MAX_UNTIL_3 */:
        s.repeat = s.frameRepeats[ctx >> FRAME_SHIFT];
        if (!ret) s.ptr = ptr;
        break resume;

      case 4 /* Resume.MIN_UNTIL_1 */:
        if (ret) break resume;
        rep = s.frameRepeats[ctx >> FRAME_SHIFT]!;
        rep.count = frames[ctx + F_COUNT] - 1;
        s.ptr = ptr;
        break resume;

      case 5 /* Resume.MIN_UNTIL_2 */: {
        rep = s.frameRepeats[ctx >> FRAME_SHIFT]!;
        const repeatOfTail = s.repeat;
        s.repeat = rep;
        if (ret) {
          if (repeatOfTail !== null) s.discardMarks(frames[ctx + F_LASTMARK]);
          break resume;
        }
        if (repeatOfTail !== null) s.popMarks(frames[ctx + F_LASTMARK]);
        restoreLastmark(s, frames, ctx);
        s.ptr = ptr;
        const count = frames[ctx + F_COUNT];
        const max = code[rep.pc + 2];
        if ((count >= max && max !== SRE_MAXREPEAT) || s.ptr === rep.lastPtr) {
          ret = false;
          break resume;
        }
        // The tail failed: match one more iteration.
        rep.count = count;
        s.pushSaved(rep.lastPtr);
        rep.lastPtr = s.ptr;
        ctx = pushFrame(s, ctx, pc, ptr, Resume.MIN_UNTIL_3, frames[ctx + F_TOPLEVEL]);
        frames = s.frames;
        pc = rep.pc + 3;
        mode = ENTER;
        break resume;
      }

      case 6 /* Resume.MIN_UNTIL_3 */:
        rep = s.frameRepeats[ctx >> FRAME_SHIFT]!;
        rep.lastPtr = s.popSaved();
        if (ret) break resume;
        rep.count = frames[ctx + F_COUNT] - 1;
        s.ptr = ptr;
        break resume;

      case 14 /* Resume.POSS_REPEAT_1 */:
        if (!ret) {
          s.ptr = ptr;
          break resume;
        }
        frames[ctx + F_COUNT]++;
      // falls through
      case 22 /* Resume.POSS_REPEAT_MIN_LOOP */:
        if (frames[ctx + F_COUNT] < code[pc + 1]) {
          ctx = pushFrame(s, ctx, pc, ptr, Resume.POSS_REPEAT_1, 0);
          frames = s.frames;
          pc += 3;
          mode = ENTER;
          break resume;
        }
        // Enough iterations; ptr now tracks where the last one started.
        ptr = -1;
        resumeAt = Resume.POSS_REPEAT_MORE_LOOP;
        mode = RESUME;
        continue;

      case 15 /* Resume.POSS_REPEAT_2 */:
        if (ret) {
          s.discardMarks(frames[ctx + F_LASTMARK]);
          frames[ctx + F_COUNT]++;
        } else {
          s.popMarks(frames[ctx + F_LASTMARK]);
          restoreLastmark(s, frames, ctx);
          s.ptr = ptr;
          pc += code[pc] + 1;
          ptr = s.ptr;
          mode = DISPATCH;
          break resume;
        }
      // falls through
      case 23 /* Resume.POSS_REPEAT_MORE_LOOP */: {
        const max = code[pc + 2];
        const count = frames[ctx + F_COUNT];
        if ((count < max || max === SRE_MAXREPEAT) && s.ptr !== ptr) {
          saveLastmark(s, frames, ctx);
          s.pushMarks(s.lastmark);
          ptr = s.ptr;
          ctx = pushFrame(s, ctx, pc, ptr, Resume.POSS_REPEAT_2, 0);
          frames = s.frames;
          pc += 3;
          mode = ENTER;
          break resume;
        }
        pc += code[pc] + 1;
        ptr = s.ptr;
        mode = DISPATCH;
        break resume;
      }

      case 16 /* Resume.ATOMIC_GROUP */:
        if (!ret) {
          s.ptr = ptr;
          break resume;
        }
        pc += code[pc];
        ptr = s.ptr;
        mode = DISPATCH;
        break resume;

      case 12 /* Resume.ASSERT */:
        if (!ret) break resume;
        pc += code[pc];
        mode = DISPATCH;
        break resume;

      case 13 /* Resume.ASSERT_NOT */:
        if (ret) {
          if (s.repeat !== null) s.discardMarks(frames[ctx + F_LASTMARK]);
          ret = false;
          break resume;
        }
        if (s.repeat !== null) s.popMarks(frames[ctx + F_LASTMARK]);
        restoreLastmark(s, frames, ctx);
        pc += code[pc];
        mode = DISPATCH;
        break resume;

      default:
        throw engineError();
    }
  }
}

/** Does MIN_REPEAT_ONE's item (its skip at pc) match once more at ptr? */
function takeOneMore(s: SreState, ctx: number, pc: number, ptr: number): boolean {
  s.ptr = ptr;
  s.frameTop = ctx + FRAME;
  return countRepeats(s, pc + 3, 1, subMatch) !== 0;
}

/**
 * An ASSERT/ASSERT_NOT (pc at its skip) whose body is one one-character
 * opcode: the matcher tests the character in place instead of running a
 * sub-match, which could only set state.ptr (every sub-match start sets it anew).
 */
function isOneCharAssertion(code: Uint32Array, pc: number): boolean {
  const body = pc + 2;
  return isCharOp(code[body]) && code[body + charOpWidth(code, body)] === Op.SUCCESS;
}

// LASTMARK_SAVE / LASTMARK_RESTORE: into and out of the current frame.
function saveLastmark(s: SreState, frames: Int32Array, ctx: number): void {
  frames[ctx + F_LASTMARK] = s.lastmark;
  frames[ctx + F_LASTINDEX] = s.lastindex;
}

function restoreLastmark(s: SreState, frames: Int32Array, ctx: number): void {
  s.lastmark = frames[ctx + F_LASTMARK];
  s.lastindex = frames[ctx + F_LASTINDEX];
}
