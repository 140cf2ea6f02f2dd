/**
 * CPython's side of the differential test: runs tools/ast_oracle.py and keeps
 * its per-file answers (SHA-256 of the block body, error line) in a cache under
 * results/, keyed by file path and content hash, so a rerun only asks CPython
 * about files that changed.
 */
import { writeAllSync } from "./ast_render.ts";

export const PYTHON = "/usr/bin/python3.11";
const ORACLE = new URL("./ast_oracle.py", import.meta.url).pathname;
const CACHE_VERSION = 1;

export interface OracleAnswer {
  contentSha256: string;
  sha256: string;
  error: string | null;
}

type Cache = { version: number; files: Record<string, OracleAnswer> };

export class OracleCache {
  private constructor(private readonly path: string, private readonly cache: Cache) {}

  static load(path: string): OracleCache {
    try {
      const cache = JSON.parse(Deno.readTextFileSync(path)) as Cache;
      if (cache.version === CACHE_VERSION) return new OracleCache(path, cache);
    } catch {
      // No cache yet (or an unreadable one): start empty.
    }
    return new OracleCache(path, { version: CACHE_VERSION, files: {} });
  }

  get(file: string, contentSha256: string): OracleAnswer | undefined {
    const answer = this.cache.files[file];
    return answer?.contentSha256 === contentSha256 ? answer : undefined;
  }

  set(file: string, answer: OracleAnswer): void {
    this.cache.files[file] = answer;
  }

  save(): void {
    Deno.mkdirSync(this.path.slice(0, this.path.lastIndexOf("/")), { recursive: true });
    Deno.writeTextFileSync(this.path, JSON.stringify(this.cache));
  }
}

/** Asks CPython for the hashes of `files`, split over `processes` interpreters. */
export async function oracleHashes(
  files: string[],
  processes: number,
  extraArgs: string[] = [],
): Promise<Map<string, { sha256: string; error: string | null }>> {
  const answers = new Map<string, { sha256: string; error: string | null }>();
  const share = Math.ceil(files.length / processes);
  const runs = [];
  for (let start = 0; start < files.length; start += share) {
    const text = runOracle(
      ["--hash", ...extraArgs, "--files-from", "-"],
      files.slice(start, start + share),
    );
    runs.push(text.then((output) => {
      for (const line of output.split("\n")) {
        if (line === "") continue;
        const record = JSON.parse(line) as { file: string; sha256: string; error: string | null };
        answers.set(record.file, { sha256: record.sha256, error: record.error });
      }
    }));
  }
  await Promise.all(runs);
  return answers;
}

/** CPython's full block body for one file (the dump or the error line). */
export async function oracleBody(file: string, extraArgs: string[] = []): Promise<string> {
  const output = await runOracle([...extraArgs, "--files-from", "-"], [file]);
  const header = `==> ${file} <==\n`;
  if (!output.startsWith(header)) throw new Error(`unexpected oracle output for ${file}`);
  return output.slice(header.length, output.length - 1);
}

async function runOracle(args: string[], files: string[]): Promise<string> {
  const child = new Deno.Command(PYTHON, {
    args: [ORACLE, ...args],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(files.map((file) => file + "\n").join("")));
  await writer.close();
  const output = await child.output();
  if (!output.success) {
    writeAllSync(Deno.stderr, new TextDecoder().decode(output.stderr));
    throw new Error(`${ORACLE} failed with status ${output.code}`);
  }
  return new TextDecoder().decode(output.stdout);
}
