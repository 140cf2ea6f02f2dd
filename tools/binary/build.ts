/**
 * `deno task compile`: Taipan as one executable file, dist/taipan.
 *
 *   deno task compile [--route auto|standard|offline] [--output PATH]
 *
 * Two routes build it:
 * - standard: `deno compile`, with the standard-library zip and the Unicode
 *   data embedded by --include, all permissions and the launcher's V8 stack
 *   size baked in. It needs Deno's `denort` runtime, which `deno compile`
 *   downloads unless DENORT_BIN names a local copy; no npm package ships one.
 * - offline: needs nothing beyond the npm packages already installed and a C
 *   compiler. The program is bundled (`deno bundle`) into one JavaScript file,
 *   and tools/binary/launcher.c is compiled and followed by a payload: the
 *   Deno runtime that runs this build, the bundle, the standard-library zip
 *   and the Unicode data (payload.ts writes it; the launcher's header says how
 *   it is extracted and run).
 *
 * `auto` (the default) takes the standard route when DENORT_BIN is set or
 * Deno's download server answers, and the offline route otherwise, or when
 * the standard route fails for want of a network.
 */
import { bundledStdlibPath } from "../../vm/runtime/import/search_path.ts";
import { writeBinary } from "./payload.ts";
import { unicodeDataEntries, unicodeDataFiles } from "./unicode_data.ts";

const root = decodeURIComponent(new URL("../../", import.meta.url).pathname);
const DENORT_SERVER = "https://dl.deno.land/";

class BuildError extends Error {}

interface Options {
  route: "auto" | "standard" | "offline";
  output: string;
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = { route: "auto", output: `${root}dist/taipan` };
  for (let i = 0; i < args.length; i++) {
    const value = args[i + 1];
    if (
      args[i] === "--route" && (value === "auto" || value === "standard" || value === "offline")
    ) {
      options.route = value;
      i++;
    } else if (args[i] === "--output" && value !== undefined) {
      options.output = value.startsWith("/") ? value : `${Deno.cwd()}/${value}`;
      i++;
    } else {
      throw new BuildError(
        `unknown argument ${args[i]}\nusage: deno task compile [--route auto|standard|offline] ` +
          "[--output PATH]",
      );
    }
  }
  return options;
}

/**
 * The V8 flags ./taipan passes, read from it so that they have one home: the
 * JIT-on ones (the binary is compiled with one set; ./taipan's $eval_loop
 * is its JIT-on value, $turbofan_off).
 */
function launcherV8Flags(): string {
  const script = Deno.readTextFileSync(`${root}taipan`);
  const found = /--v8-flags=(\S+)/.exec(script);
  const evalLoop = /^turbofan_off=(\S*)$/m.exec(script);
  if (found === null || evalLoop === null) {
    throw new BuildError("cannot find --v8-flags and turbofan_off in ./taipan");
  }
  return found[1].replace("$eval_loop", evalLoop[1]);
}

async function run(command: string, args: string[], what: string): Promise<void> {
  let result: Deno.CommandOutput;
  try {
    result = await new Deno.Command(command, {
      args,
      cwd: root,
      env: { NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
  } catch (error) {
    throw new BuildError(`${what}: cannot run ${command}: ${(error as Error).message}`);
  }
  if (!result.success) {
    const decoder = new TextDecoder();
    const said = `${decoder.decode(result.stdout)}${decoder.decode(result.stderr)}`;
    // Deno's own backtrace says nothing to the user beyond its error message.
    throw new BuildError(`${what} failed:\n${said.split("\nStack backtrace:")[0].trimEnd()}`);
  }
}

async function denortAtHand(): Promise<boolean> {
  if (Deno.env.get("DENORT_BIN")) return true;
  try {
    const response = await fetch(DENORT_SERVER, {
      method: "HEAD",
      signal: AbortSignal.timeout(3000),
    });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

function relative(path: string): string {
  return path.startsWith(root) ? path.slice(root.length) : path;
}

async function buildStandard(output: string): Promise<void> {
  // With a node_modules directory, `deno compile` embeds all of it (a Deno
  // binary too): leave it out but for what the offline route also carries.
  const includes = [relative(bundledStdlibPath()), ...unicodeDataEntries(root)]
    .flatMap((path) => ["--include", path]);
  await run(Deno.execPath(), [
    "compile",
    "--quiet",
    "--config",
    "deno.json",
    "--no-check",
    "--allow-all",
    `--v8-flags=${launcherV8Flags()}`,
    "--exclude",
    "node_modules",
    ...includes,
    "--output",
    output,
    "main.ts",
  ], "deno compile");
}

async function buildOffline(output: string): Promise<void> {
  const work = Deno.makeTempDirSync({ prefix: "taipan-compile-" });
  try {
    const bundle = `${work}/taipan.js`;
    await run(Deno.execPath(), [
      "bundle",
      "--quiet",
      "--config",
      "deno.json",
      "--platform",
      "deno",
      "--output",
      bundle,
      "main.ts",
    ], "deno bundle");
    const launcher = `${work}/launcher`;
    const compiler = Deno.env.get("CC") || "cc";
    await run(compiler, [
      "-O2",
      "-std=c11",
      "-o",
      launcher,
      "tools/binary/launcher.c",
      "tools/binary/sha256.c",
      "tools/binary/inflate.c",
    ], `compiling the launcher (the offline route needs a C compiler: ${compiler}; set CC)`);
    await writeBinary(output, launcher, {
      runtime: { path: "deno", source: Deno.execPath(), mode: 0o755 },
      files: [
        { path: "taipan.js", source: bundle, mode: 0o644 },
        { path: "python_stdlib.zip", source: bundledStdlibPath(), mode: 0o644 },
        ...unicodeDataFiles(root).map((path) => ({ path, source: `${root}${path}`, mode: 0o644 })),
      ],
      args: [
        "run",
        "--quiet",
        "--allow-all",
        "--no-prompt",
        "--no-config",
        "--no-lock",
        `--v8-flags=${launcherV8Flags()}`,
        "{dir}/taipan.js",
      ],
      // Deno puts a `node` shim on PATH when none is there (PATH would change
      // under the program), and may look for a newer Deno on the network.
      env: { DENO_DISABLE_NODE_SHIM: "1", DENO_NO_UPDATE_CHECK: "1" },
    });
  } finally {
    Deno.removeSync(work, { recursive: true });
  }
}

async function main(): Promise<void> {
  const options = parseOptions(Deno.args);
  Deno.mkdirSync(options.output.slice(0, options.output.lastIndexOf("/")), { recursive: true });
  let route = options.route;
  if (route === "auto") route = await denortAtHand() ? "standard" : "offline";
  if (route === "standard") {
    try {
      await buildStandard(options.output);
    } catch (error) {
      if (options.route === "standard" || Deno.env.get("DENORT_BIN")) throw error;
      console.error(`deno compile failed; taking the offline route.\n${(error as Error).message}`);
      route = "offline";
    }
  }
  if (route === "offline") await buildOffline(options.output);
  const size = Deno.statSync(options.output).size;
  console.log(`${relative(options.output)}: ${(size / 2 ** 20).toFixed(1)} MiB (${route} route)`);
}

try {
  await main();
} catch (error) {
  console.error(`compile: ${error instanceof BuildError ? error.message : String(error)}`);
  Deno.exit(1);
}
