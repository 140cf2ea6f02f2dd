/**
 * Runs one benchmark process and measures it: CPU time (user + system),
 * wall time and peak RSS come from the kernel's rusage for the child, read by
 * bench/rusage.py through wait4(), so nothing is sampled and the figures cover
 * every thread of the child (V8's compiler and GC threads included).
 */
export const CPYTHON = "/usr/bin/python3.11";
const rusageScript = new URL("../rusage.py", import.meta.url).pathname;

export interface Sample {
  cpu: number;
  wall: number;
  rssKb: number;
  /** Seconds per kernel iteration, from `iteration <s>` lines on stderr. */
  iterations: number[];
  stdout: string;
}

export interface Failure {
  error: string;
  stderr: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * A run's warm kernel time: the median of the second half of its iterations
 * (the kernel alone, without start-up, imports and the JIT's warm-up), or
 * undefined when the program reported fewer than two iterations.
 */
export function warmSeconds(iterations: readonly number[]): number | undefined {
  if (iterations.length < 2) return undefined;
  return median(iterations.slice(Math.floor(iterations.length / 2)));
}

export function geomean(xs: number[]): number {
  return Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
}

/** The last line of a traceback (the exception), or the last non-empty line. */
export function errorLine(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trimEnd()).filter((l) =>
    l.trim() !== "" && !/^iteration [0-9.eE+-]+$/.test(l)
  );
  return lines.length ? lines[lines.length - 1].trim() : "";
}

export function parseIterations(stderr: string): number[] {
  const out: number[] = [];
  for (const line of stderr.split("\n")) {
    const m = /^iteration ([0-9.eE+-]+)\s*$/.exec(line);
    if (m) out.push(Number(m[1]));
  }
  return out;
}

/**
 * The environment of a measured run: this process's, with iteration times
 * asked for and without PYTHONDONTWRITEBYTECODE (a session that sets it
 * would keep Taipan from ever writing its compiled-code cache, so every run
 * would compile the standard library again; CPython's stdlib .pyc files are
 * installed with it).
 */
function benchEnvironment(): Record<string, string> {
  const env = Deno.env.toObject();
  delete env.PYTHONDONTWRITEBYTECODE;
  env.BENCH_ITERATION_TIMES = "1";
  return env;
}

export async function measure(
  argv: string[],
  cwd: string,
  timeoutSeconds: number,
): Promise<Sample | Failure> {
  const resultFile = await Deno.makeTempFile({ prefix: "taipan-bench-", suffix: ".json" });
  try {
    const output = await new Deno.Command(CPYTHON, {
      args: [rusageScript, resultFile, String(timeoutSeconds), ...argv],
      cwd,
      env: benchEnvironment(),
      clearEnv: true,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stdout = new TextDecoder().decode(output.stdout);
    const stderr = new TextDecoder().decode(output.stderr);
    let usage: {
      wall: number;
      user: number;
      sys: number;
      maxrss_kb: number;
      timeout: boolean;
      code: number;
      signal?: number;
    };
    try {
      usage = JSON.parse(await Deno.readTextFile(resultFile));
    } catch {
      return { error: `could not run: ${errorLine(stderr) || `exit ${output.code}`}`, stderr };
    }
    if (usage.timeout) return { error: `timed out after ${timeoutSeconds} s`, stderr };
    if (usage.signal !== undefined) {
      return { error: `killed by signal ${usage.signal}: ${errorLine(stderr)}`, stderr };
    }
    if (usage.code !== 0) {
      return { error: errorLine(stderr) || `exit status ${usage.code}`, stderr };
    }
    return {
      cpu: usage.user + usage.sys,
      wall: usage.wall,
      rssKb: usage.maxrss_kb,
      iterations: parseIterations(stderr),
      stdout,
    };
  } finally {
    await Deno.remove(resultFile).catch(() => {});
  }
}

export function isFailure(r: Sample | Failure): r is Failure {
  return "error" in r;
}

/** Where an executable is: an absolute path, or found on PATH; null if neither. */
export function which(name: string): string | null {
  const candidates = name.includes("/")
    ? [name]
    : (Deno.env.get("PATH") ?? "").split(":").filter((d) => d).map((d) => `${d}/${name}`);
  for (const c of candidates) {
    try {
      const st = Deno.statSync(c);
      if (st.isFile && (st.mode ?? 0o111) & 0o111) return c;
    } catch {
      // not here
    }
  }
  return null;
}

export async function versionOf(argv: string[]): Promise<string> {
  try {
    const out = await new Deno.Command(argv[0], {
      args: [...argv.slice(1), "-c", "import sys; print(sys.version.replace('\\n', ' '))"],
      stdout: "piped",
      stderr: "null",
      signal: AbortSignal.timeout(60_000),
    }).output();
    return new TextDecoder().decode(out.stdout).trim();
  } catch {
    return "";
  }
}
