/**
 * window.putwin(file) and getwin(file): ncurses writes and reads a window
 * through a C stdio FILE, so, as CPython, the data goes through a
 * tmpfile(3): putwin dumps the window there and copies the bytes to
 * `file.write` (returning what the last write returned, as CPython does);
 * getwin copies `file.read()` there and loads a new window from it.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { callMethod } from "./io_common.ts";
import { lastOsError } from "./posix_errors.ts";
import { localeEncoding, ncurses } from "./curses_native.ts";
import { checkErr, cursesError, requireInitscr } from "./curses_args.ts";
import { PyCursesWindow, windowType } from "./curses_window.ts";

const CHUNK_BYTES = 8192;
const SEEK_SET = 0;

function withTemporaryFile<T>(use: (file: Deno.PointerObject) => T): T {
  const file = ncurses.fn("tmpfile")();
  if (file === null) throw lastOsError();
  try {
    return use(file);
  } finally {
    ncurses.fn("fclose")(file);
  }
}

function putwin(self: PyCursesWindow, file: PyValue): PyValue {
  return withTemporaryFile((temporary) => {
    let result: PyValue = checkErr(ncurses.fn("putwin")(self.win, temporary), "putwin");
    ncurses.fn("fseek")(temporary, 0n, SEEK_SET);
    const chunk = new Uint8Array(CHUNK_BYTES);
    for (;;) {
      const count = Number(ncurses.fn("fread")(chunk, 1n, BigInt(CHUNK_BYTES), temporary));
      if (count <= 0) break;
      result = callMethod(file, "write", new PyBytes(chunk.slice(0, count)));
    }
    return result;
  });
}

export function getwin(file: PyValue): PyValue {
  requireInitscr();
  return withTemporaryFile((temporary) => {
    const data = callMethod(file, "read");
    if (!(data instanceof PyBytes)) {
      throw pyError(
        "TypeError",
        `f.read() returned ${typeOf(data).tpName} instead of bytes`,
      );
    }
    const bytes = new Uint8Array(data.bytes);
    ncurses.fn("fwrite")(bytes, 1n, BigInt(bytes.length), temporary);
    ncurses.fn("fseek")(temporary, 0n, SEEK_SET);
    const window = ncurses.fn("getwin")(temporary);
    if (window === null) throw cursesError("curses function returned NULL");
    return new PyCursesWindow(window, localeEncoding());
  });
}

defineNativeMethods(windowType, { putwin: ["file, /", putwin] });
