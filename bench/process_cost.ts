/**
 * What one command costs, measured by the kernel through bench/rusage.py:
 * wall seconds and CPU seconds (user + system, all threads, from wait4).
 * CPU time is the steadier figure on a loaded machine.
 */
const root = decodeURIComponent(new URL("../", import.meta.url).pathname);
const PYTHON = "/usr/bin/python3.11";

export interface Cost {
  wall: number;
  cpu: number;
}

/** Run `argv` with `env` (stdout discarded); `resultFile` is scratch space for rusage.py. */
export async function processCost(
  argv: string[],
  env: Record<string, string>,
  resultFile: string,
): Promise<Cost> {
  const result = await new Deno.Command(PYTHON, {
    args: [`${root}bench/rusage.py`, resultFile, "120", ...argv],
    env,
    stdout: "null",
  }).output();
  const report = JSON.parse(Deno.readTextFileSync(resultFile));
  if (!result.success || report.code !== 0) throw new Error(`${argv.join(" ")} failed`);
  return { wall: report.wall, cpu: report.user + report.sys };
}
