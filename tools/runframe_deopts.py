"""Summarises V8's optimisation of the eval loop (runFrame) from a trace log.

Each TurboFan compile of runFrame costs hundreds of milliseconds of a worker's
CPU (docs/STATUS.md, "runFrame"); this lists them, whether they were aborted
(and on which dependency, with --trace-compilation-dependencies), the eager
deoptimisations of runFrame's code with the inlined frames and the source line
each happened at, and what invalidated its code. Run from bench/programs:

    DENO_DIR=/tmp/denodir TAIPAN_BUNDLE=0 ../../tools/deno run -A --config ../../deno.json \\
      --v8-flags=--stack-size=6000,--min-semi-space-size=32,--invocation-count-for-maglev=1500,\\
    --always-osr-from-maglev,--trace-opt,--trace-deopt-verbose ../../cli/launch.ts deltablue.py > log 2>&1
    python3 ../../tools/runframe_deopts.py log /tmp/denodir

DENO_DIR (optional) is where Deno keeps the transpiled JS whose line numbers V8
reports (gen/file/...): with it each position shows its line's text. A DENO_DIR
of its own keeps the traced run from rewriting the usual one's code cache.
"""
import os
import re
import sys


def main(log_path: str, deno_dir: str | None) -> None:
    lines = open(log_path, errors="replace").read().splitlines()
    sources: dict[str, list[str]] = {}

    def where(position: str) -> str:
        m = re.match(r"<file://(\S+):(\d+):(\d+)>", position)
        if not m:
            return position
        path, line, column = m.group(1), int(m.group(2)), int(m.group(3))
        text = ""
        if deno_dir:
            if path not in sources:
                try:
                    sources[path] = open(f"{deno_dir}/gen/file{path}.js").read().splitlines()
                except OSError:
                    sources[path] = []
            if line <= len(sources[path]):
                text = " `" + sources[path][line - 1].strip()[:90] + "`"
        return f"{os.path.basename(path)}:{line}:{column}{text}"

    totals = {"turbofan": 0, "aborted": 0, "turbofan_ms": 0.0, "maglev": 0, "eager_deopts": 0}
    for i, line in enumerate(lines):
        m = re.search(
            r"bailout \(kind: (deopt-\w+), reason: ([^)]*)\): begin. deoptimizing \S+ "
            r"<JSFunction (\S+) .*<Code (\w+)>",
            line,
        )
        if m and m.group(3) == "runFrame" and m.group(1) != "deopt-lazy":
            totals["eager_deopts"] += 1
            frames, at = [], ""
            for j in range(i + 1, min(len(lines), i + 400)):
                if "translating" in lines[j]:
                    break
                f = re.search(r"reading input frame (\S+) => bytecode_offset=(\d+)", lines[j])
                if f:
                    frames.append(f"{f.group(1)}@{f.group(2)}")
                d = re.search(r";;; deoptimize at (.*)", lines[j])
                if d:
                    at = " | ".join(where(p) for p in re.findall(r"<[^>]*>", d.group(1)))
            print(f"  deopt {m.group(4)} {m.group(2)} :: {' > '.join(frames)}\n        at {at}")
        m = re.search(
            r"(completed|aborted) (compiling|optimizing) \S+ <JSFunction runFrame .*"
            r"target (\w+)\)( OSR)?.*took [\d.]+, ([\d.]+)",
            line,
        )
        if m and (m.group(2) == "compiling" or m.group(1) == "aborted"):
            if m.group(3) == "TURBOFAN_JS":
                totals["turbofan"] += 1
                totals["aborted"] += m.group(1) == "aborted"
                totals["turbofan_ms"] += float(m.group(5))
                why = lines[i - 1] if "invalid dependency" in lines[i - 1] else ""
                print(f"  TurboFan {m.group(1)}{m.group(4) or ''} {float(m.group(5)):.0f} ms {why}")
            else:
                totals["maglev"] += 1
        m = re.search(
            r"marking dependent code \S+ <Code (\w+)> \(\S+ <SharedFunctionInfo runFrame>\)"
            r".*reason: (.*)\]",
            line,
        )
        if m:
            print(f"  invalidated {m.group(1)}: {m.group(2)}")
    print(totals)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
