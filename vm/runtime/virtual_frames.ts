/**
 * Frames a compiled trace has not made yet, made when something looks.
 *
 * A trace runs the calls it inlines without frame objects (jit/). When it
 * calls code from such an inlined call that may run Python code (a function
 * it does not inline, an operator's `__add__`, a getter), that code's
 * callers should include the inlined frames — its `f_back`,
 * `sys._getframe(n)`, `inspect.stack()`. Making the frames before every
 * such call would cost a frame per inlined caller per call, which nothing
 * looks at almost always; instead the trace publishes what the frames are
 * made of (jit/virtual_frames.ts: the snapshot of the call and its values)
 * for the time of the call, and the readers of the frame stack call
 * `materializeFrames` first, which makes them and links them in (PyPy's
 * virtualizable frames, forced on such a read).
 *
 * This module is the interpreter's side: how many publications are open,
 * and the JIT's function that makes their frames.
 */
export const virtualFrames = {
  /** Publications open now (the JIT's calls in progress). */
  count: 0,
  /** Makes the frames of the open publications and links them in (set by the JIT). */
  force: (): void => {},
};

/** Before the frame stack is read through `back`: the frames traces left virtual, made. */
export function materializeFrames(): void {
  if (virtualFrames.count !== 0) virtualFrames.force();
}
