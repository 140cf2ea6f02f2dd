/**
 * The bookkeeping of `_lsprof.Profiler`: one entry per function (a code
 * object, or a builtin's implementation), and a stack of contexts, one per
 * call in progress.
 *
 * A call's total time runs from its 'call' to its 'return' event; its inline
 * time is that minus the total time of the calls it makes. Recursion is
 * counted as CPython's _lsprof.c counts it: an entry's total time grows only
 * when its outermost activation ends (so time is not counted twice), every
 * inner end is a recursive call; the same per caller-callee pair
 * (sub-entries) when subcalls are recorded. Times are timer ticks; getstats
 * scales them to seconds.
 */
import type { PyValue } from "../vm/objects/object.ts";

export class CallTimes {
  callCount = 0;
  recursiveCallCount = 0;
  totalTime = 0;
  inlineTime = 0;
  /** Activations in progress. */
  recursionLevel = 0;

  /** One activation that lasted `total` ticks, `inline` of them outside its own calls. */
  finish(total: number, inline: number): void {
    if (--this.recursionLevel === 0) this.totalTime += total;
    else this.recursiveCallCount++;
    this.inlineTime += inline;
    this.callCount++;
  }
}

export class ProfilerEntry extends CallTimes {
  /** Callees, when subcalls are recorded: the times of the calls made from this function. */
  readonly calls = new Map<ProfilerEntry, CallTimes>();
  constructor(readonly userObject: PyValue) {
    super();
  }
}

interface Context {
  readonly entry: ProfilerEntry;
  readonly previous: Context | null;
  /** Ticks spent in calls this one made. */
  subcallTime: number;
  start: number;
}

export class ProfilerAccounts {
  readonly entries = new Map<unknown, ProfilerEntry>();
  private current: Context | null = null;
  subcalls = true;

  enter(key: unknown, userObject: () => PyValue, now: () => number): void {
    let entry = this.entries.get(key);
    if (entry === undefined) this.entries.set(key, entry = new ProfilerEntry(userObject()));
    const previous = this.current;
    const context: Context = { entry, previous, subcallTime: 0, start: 0 };
    this.current = context;
    entry.recursionLevel++;
    if (this.subcalls && previous !== null) this.subEntry(previous.entry, entry).recursionLevel++;
    context.start = now();
  }

  leave(key: unknown, now: () => number): void {
    const context = this.current;
    if (context === null) return;
    const entry = this.entries.get(key);
    if (entry === undefined) this.current = context.previous;
    else this.stop(context, entry, now());
  }

  /** disable(): end every call still in progress at `time`. */
  flush(now: () => number): void {
    while (this.current !== null) this.stop(this.current, this.current.entry, now());
  }

  clear(): void {
    this.entries.clear();
    this.current = null;
  }

  private stop(context: Context, entry: ProfilerEntry, time: number): void {
    const total = time - context.start;
    const inline = total - context.subcallTime;
    const previous = context.previous;
    if (previous !== null) previous.subcallTime += total;
    this.current = previous;
    entry.finish(total, inline);
    if (this.subcalls && previous !== null) {
      previous.entry.calls.get(entry)?.finish(total, inline);
    }
  }

  private subEntry(caller: ProfilerEntry, callee: ProfilerEntry): CallTimes {
    let times = caller.calls.get(callee);
    if (times === undefined) caller.calls.set(callee, times = new CallTimes());
    return times;
  }
}
