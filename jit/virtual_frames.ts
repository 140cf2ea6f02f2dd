/**
 * Publication of a trace's inlined frames around a call that may run
 * Python code (vm/runtime/virtual_frames.ts says why).
 *
 * Before such a call from an inlined frame, the generated code publishes
 * the call's exit (its snapshot says which frames there are, at which
 * instruction, with which slots) and the exit's values, as an exit through
 * it would store them; after the call, in a `finally`, it closes the
 * publication. Nothing else happens unless Python code reads the frame
 * stack meanwhile: then `force` makes the frames as an exit would
 * (resume.ts rebuildFrames: the looping frame's slots updated, the inlined
 * frames created), chains them under the looping frame, and makes them the
 * callers of the first frame the call pushed. A publication is forced once;
 * its frames stay as they were at the call (the trace goes on without
 * them: a program that keeps such a frame sees the values of that moment).
 */
import type { Frame } from "../vm/runtime/frame.ts";
import type { Exit } from "./exits.ts";
import { virtualFrames } from "../vm/runtime/virtual_frames.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import { rebuildFrames } from "./resume.ts";

/** Where a trace publishes: the exit of its call, and what makes the exit's values of its leaves. */
export interface PublishingSite {
  readonly exit: Exit;
  readonly build: (leaves: unknown[]) => unknown[];
}

/**
 * The open publications, innermost last (parallel arrays: no object per
 * call): the looping frame, the site, the values the exit's are made of;
 * and whether it was forced (false at every index from the count up), and
 * how many open ones were (closing reads `forced` only then).
 */
const loopingFrames: Frame[] = [];
const sites: PublishingSite[] = [];
const leafValues: unknown[][] = [];
const forced: boolean[] = [];
let forcedOpen = 0;

/** Opens a publication. */
export function publishFrames(frame: Frame, site: PublishingSite, leaves: unknown[]): void {
  const n = virtualFrames.count;
  loopingFrames[n] = frame;
  sites[n] = site;
  leafValues[n] = leaves;
  virtualFrames.count = n + 1;
}

/**
 * Closes the innermost publication. When it was forced, the call's first
 * frame left the thread to the frames made for it (its `back`): the
 * looping frame, the current one when the call was made, is again.
 */
export function unpublishFrames(): void {
  const n = --virtualFrames.count;
  if (forcedOpen !== 0 && forced[n]) {
    forced[n] = false;
    forcedOpen--;
    thread.current = loopingFrames[n];
  }
}

virtualFrames.force = () => {
  for (let n = 0; n < virtualFrames.count; n++) {
    if (forced[n]) continue;
    forced[n] = true;
    forcedOpen++;
    const looping = loopingFrames[n];
    const site = sites[n];
    const frames = rebuildFrames(looping, site.exit, site.build(leafValues[n]), undefined);
    // (The innermost is in its call: f_lineno shows the call's line, as a raising call's exit.)
    frames[frames.length - 1].pc++;
    for (let depth = 1; depth < frames.length; depth++) frames[depth].back = frames[depth - 1];
    for (let f = thread.current; f !== null; f = f.back) {
      if (f.back === looping && !frames.includes(f)) {
        f.back = frames[frames.length - 1];
        break;
      }
    }
  }
};
