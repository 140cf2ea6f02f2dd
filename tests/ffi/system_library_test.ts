/**
 * Native modules over system libraries (pyexpat, _bz2, _lzma, _sqlite3): a library
 * that cannot be loaded makes the import raise ImportError naming it, never
 * a JS error. Checked with a SystemLibrary whose candidates do not exist,
 * and with Taipan run without FFI permission (every dlopen then fails).
 */
import { assertEquals } from "../assert.ts";
import { SystemLibrary } from "../../ffi/system_library.ts";

Deno.test("system library: a missing library reports why and binds nothing", () => {
  const library = new SystemLibrary("libnothing.so.9", ["/nonexistent/libnothing.so.9"], {
    nothing: { parameters: [], result: "void" },
  });
  const failure = library.loadError();
  assertEquals(failure !== null && failure.startsWith("/nonexistent/libnothing.so.9: "), true);
  let thrown = "";
  try {
    library.fn("nothing");
  } catch (error) {
    thrown = (error as Error).message;
  }
  assertEquals(thrown, "libnothing.so.9 is not available");
});

Deno.test("system library: imports raise ImportError naming the library", async () => {
  const main = new URL("../../main.ts", import.meta.url).pathname;
  const config = new URL("../../deno.json", import.meta.url).pathname;
  const program = [
    "for name in ('pyexpat', '_bz2', '_lzma', 'xml.parsers.expat', 'bz2', '_sqlite3', 'sqlite3'):",
    "    try:",
    "        __import__(name)",
    "    except ImportError as e:",
    "        print(name, type(e).__name__, str(e).partition(' could not be loaded')[0])",
  ].join("\n");
  const result = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--quiet",
      "--no-prompt",
      "--config",
      config,
      "--allow-read",
      "--allow-env",
      "--allow-sys",
      main,
      "-c",
      program,
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assertEquals(new TextDecoder().decode(result.stdout).trim().split("\n"), [
    "pyexpat ImportError pyexpat: the system Expat library (libexpat.so.1)",
    "_bz2 ImportError _bz2: the system bzip2 library (libbz2.so.1)",
    "_lzma ImportError _lzma: the system XZ library (liblzma.so.5)",
    "xml.parsers.expat ImportError pyexpat: the system Expat library (libexpat.so.1)",
    "bz2 ImportError _bz2: the system bzip2 library (libbz2.so.1)",
    "_sqlite3 ImportError _sqlite3: the system SQLite library (libsqlite3.so.0)",
    "sqlite3 ImportError _sqlite3: the system SQLite library (libsqlite3.so.0)",
  ]);
});
