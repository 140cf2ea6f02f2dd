/**
 * Source lines for tracebacks (CPython's linecache): files, plain or inside a
 * zip on the import path, are read and decoded (PEP 263) once, on first use.
 */
import { decodeSource } from "../compiler/source_encoding.ts";
import { readModuleFile } from "./import/file_source.ts";

const cache = new Map<string, string[] | null>();

export function sourceLine(filename: string, lineno: number): string | null {
  let lines = cache.get(filename);
  if (lines === undefined) {
    try {
      const bytes = readModuleFile(filename);
      lines = bytes === undefined ? null : decodeSource(bytes, filename).split(/\r\n|\r|\n/);
    } catch {
      lines = null;
    }
    cache.set(filename, lines);
  }
  return lines?.[lineno - 1] ?? null;
}
