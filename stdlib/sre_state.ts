/**
 * One matching session of the `_sre` engine (CPython's SRE_STATE): the
 * subject, the bounds, the capture marks and the engine's two stacks.
 *
 * The subject is read by code point: a primitive JS string holds no surrogate
 * (Taipan's normal form, vm/objects/str_wide.ts), so `charCodeAt` is the code
 * point there; a wide str is its `Uint32Array` of code points; a bytes-like
 * object is its `Uint8Array`. Positions are indices into that sequence, and
 * the string begins at 0 (CPython's `beginning`).
 *
 * Marks are positions, -1 meaning "not set" (CPython's NULL pointer). Only
 * entries up to `lastmark` are meaningful.
 *
 * The stacks replace recursion (see sre_engine.ts): `frames` holds one
 * fixed-size record per pending sub-match, `saved` the marks and repeat
 * pointers that backtracking restores. Both grow by doubling and are shared
 * with later states (see `spare`).
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { SrePlan } from "./sre_plan.ts";
import { filledArray } from "../vm/objects/array_fill.ts";

/** A REPEAT in progress (SRE_REPEAT): the innermost one is `state.repeat`. */
export class Repeat {
  count = -1;
  /** Position of the repeat's <skip> word: min at +1, max at +2, body at +3. */
  pc = 0;
  prev: Repeat | null = null;
  /** Where the last iteration started (-1: none); stops empty iterations looping. */
  lastPtr = -1;
}

/** Words per frame record (a power of two); see the F_* offsets in sre_engine.ts. */
export const FRAME_SHIFT = 3;
export const FRAME = 1 << FRAME_SHIFT;
const INITIAL_FRAMES = 16;

/**
 * The stacks a new state starts with: the ones the last state grew. Engine
 * runs never interleave (the engine calls no Python code, and the nested run
 * behind countRepeats stacks above its caller on the same state), and a
 * state needs nothing on its stacks between runs, so states may share them:
 * no regrowing for every match. Stacks beyond SPARE_LIMIT words are not
 * kept, so one deep match does not hold on to its memory.
 */
const SPARE_LIMIT = 1 << 20;
const spare = {
  frames: new Int32Array(INITIAL_FRAMES * FRAME),
  frameRepeats: filledArray<Repeat | null>(INITIAL_FRAMES, null),
  saved: new Int32Array(64),
};

export class SreState {
  /** Narrow str subject, or null. */
  text: string | null = null;
  /** Wide str (code points) or bytes-like subject, or null. */
  data: Uint8Array | Uint32Array | null = null;
  /** The object matched against (Match.string). */
  string: PyValue = null;
  isBytes = false;
  /** Search window [start, end); `ptr` is where the last match ended. */
  start = 0;
  end = 0;
  ptr = 0;
  /** The clamped pos/endpos arguments (Match.pos, Match.endpos). */
  pos = 0;
  endpos = 0;
  matchAll = false;
  mustAdvance = false;
  /**
   * Where a search of this session last found the plan's required
   * character (sre_plan.ts), or -1: later searches from up to there need
   * not look for it again.
   */
  requiredAt = -1;

  /**
   * A plain array, not an Int32Array: V8 allocates a small typed array
   * through the runtime, many times slower than an array literal, and
   * states and matches are made per call.
   */
  readonly marks: number[];
  lastmark = -1;
  lastindex = -1;
  repeat: Repeat | null = null;

  frames: Int32Array = spare.frames;
  /**
   * The Repeat a frame works on, by frame number (offset >> FRAME_SHIFT);
   * kept as long as `frames` and packed (a sparse array would turn into a
   * slow dictionary).
   */
  frameRepeats: (Repeat | null)[] = spare.frameRepeats;
  frameTop = 0;
  saved: Int32Array = spare.saved;
  savedTop = 0;

  constructor(
    readonly code: Uint32Array,
    readonly plan: SrePlan,
    groups: number,
  ) {
    const marks = new Array<number>(2 * groups + 2);
    for (let i = 0; i < marks.length; i++) marks[i] = -1;
    this.marks = marks;
  }

  /**
   * Start a session over `subject` (the contents of `string`): a state is
   * reused by later calls of the same pattern (see sre_pattern.ts), so
   * everything a session reads is set here.
   */
  begin(
    string: PyValue,
    subject: string | Uint8Array | Uint32Array,
    isBytes: boolean,
    pos: number,
    endpos: number,
  ): this {
    if (typeof subject === "string") {
      this.text = subject;
      this.data = null;
    } else {
      this.text = null;
      this.data = subject;
    }
    this.string = string;
    this.isBytes = isBytes;
    const length = subject.length;
    pos = pos < 0 ? 0 : pos > length ? length : pos;
    endpos = endpos < 0 ? 0 : endpos > length ? length : endpos;
    this.pos = pos;
    this.endpos = endpos;
    this.start = pos;
    this.end = endpos;
    this.ptr = pos;
    this.matchAll = false;
    this.mustAdvance = false;
    this.requiredAt = -1;
    this.reset();
    return this;
  }

  /** Drop the subject, so that an idle state does not keep it alive. */
  forget(): void {
    this.text = null;
    this.data = null;
    this.string = null;
  }

  /** The code point at position i (0 <= i < length). */
  charAt(i: number): number {
    return this.text !== null ? this.text.charCodeAt(i) : this.data![i];
  }

  /** state_reset: forget the captures of the previous attempt. */
  reset(): void {
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = null;
    this.frameTop = 0;
    this.savedTop = 0;
  }

  /** Room for a frame at `top`; returns the (possibly new) frames array. */
  framesFor(top: number): Int32Array {
    if (top + FRAME > this.frames.length) {
      const grown = new Int32Array(this.frames.length * 2);
      grown.set(this.frames);
      this.frames = grown;
      const repeats = this.frameRepeats;
      for (let i = repeats.length; i < grown.length >> FRAME_SHIFT; i++) repeats.push(null);
      this.frameRepeats = repeats;
      if (grown.length <= SPARE_LIMIT) {
        spare.frames = grown;
        spare.frameRepeats = repeats;
      }
    }
    return this.frames;
  }

  private reserveSaved(count: number): Int32Array {
    if (this.savedTop + count > this.saved.length) {
      const grown = new Int32Array(Math.max(this.saved.length * 2, this.savedTop + count));
      grown.set(this.saved.subarray(0, this.savedTop));
      this.saved = grown;
      if (grown.length <= SPARE_LIMIT) spare.saved = grown;
    }
    return this.saved;
  }

  // MARK_PUSH / MARK_POP / MARK_POP_KEEP / MARK_POP_DISCARD of sre_lib.h.

  pushMarks(lastmark: number): void {
    if (lastmark < 0) return;
    const saved = this.reserveSaved(lastmark + 1);
    const marks = this.marks;
    let top = this.savedTop;
    for (let i = 0; i <= lastmark; i++) saved[top++] = marks[i];
    this.savedTop = top;
  }

  popMarks(lastmark: number): void {
    if (lastmark < 0) return;
    this.savedTop -= lastmark + 1;
    this.peekMarksAt(this.savedTop, lastmark);
  }

  peekMarks(lastmark: number): void {
    if (lastmark >= 0) this.peekMarksAt(this.savedTop - (lastmark + 1), lastmark);
  }

  private peekMarksAt(from: number, lastmark: number): void {
    const saved = this.saved;
    const marks = this.marks;
    for (let i = 0; i <= lastmark; i++) marks[i] = saved[from + i];
  }

  discardMarks(lastmark: number): void {
    if (lastmark >= 0) this.savedTop -= lastmark + 1;
  }

  pushSaved(value: number): void {
    this.reserveSaved(1)[this.savedTop++] = value;
  }

  popSaved(): number {
    return this.saved[--this.savedTop];
  }
}
