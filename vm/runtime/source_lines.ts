/**
 * Source lines for tracebacks (CPython's linecache): files are read and
 * decoded (PEP 263) once, on first use.
 */
import { decodeSource } from "../compiler/source_encoding.ts";

const cache = new Map<string, string[] | null>();

export function sourceLine(filename: string, lineno: number): string | null {
  let lines = cache.get(filename);
  if (lines === undefined) {
    try {
      lines = decodeSource(Deno.readFileSync(filename), filename).split(/\r\n|\r|\n/);
    } catch {
      lines = null;
    }
    cache.set(filename, lines);
  }
  return lines?.[lineno - 1] ?? null;
}
