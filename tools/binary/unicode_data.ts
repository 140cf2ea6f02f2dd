/**
 * The part of the npm package @unicode/unicode-14.0.0 that the single binary
 * carries. Taipan loads that data at run time (vm/unicode/*.ts require its
 * modules by computed name), so a bundle cannot inline it. The whole package
 * is 35 MB; the binary carries the package's root modules and each top-level
 * folder that a Taipan source file loading the package names in a string
 * (`"Case_Folding/F"`, `"@unicode/unicode-14.0.0/Names"`, ...), so a new
 * property loaded from an existing or a new folder is picked up without a
 * list to keep up to date.
 */
const PACKAGE = "@unicode/unicode-14.0.0";
const SOURCE_FOLDERS = ["vm", "stdlib"];
/** Data modules never loaded at run time: symbol arrays and regular expressions. */
const UNUSED = new Set(["symbols.mjs", "regex.mjs"]);

function* walk(directory: string, prefix = ""): Generator<string> {
  for (const entry of Deno.readDirSync(directory)) {
    const name = `${prefix}${entry.name}`;
    if (entry.isDirectory) yield* walk(`${directory}/${entry.name}`, `${name}/`);
    else if (entry.isFile) yield name;
  }
}

function sourcesLoadingThePackage(root: string): string[] {
  const texts: string[] = [];
  for (const folder of SOURCE_FOLDERS) {
    for (const file of walk(`${root}${folder}`)) {
      if (!file.endsWith(".ts") || file.endsWith("_test.ts")) continue;
      const text = Deno.readTextFileSync(`${root}${folder}/${file}`);
      if (text.includes(PACKAGE)) texts.push(text);
    }
  }
  return texts;
}

/** Paths relative to `root`: the package's root files and the folders the sources name. */
export function unicodeDataEntries(root: string): string[] {
  const packageDirectory = `node_modules/${PACKAGE}`;
  const sources = sourcesLoadingThePackage(root);
  const entries: string[] = [];
  for (const entry of Deno.readDirSync(`${root}${packageDirectory}`)) {
    if (entry.isFile && (entry.name.endsWith(".mjs") || entry.name === "package.json")) {
      entries.push(`${packageDirectory}/${entry.name}`);
    } else if (entry.isDirectory) {
      const named = new RegExp(`["'\`/]${entry.name}[/"'\`]`);
      if (sources.some((text) => named.test(text))) {
        entries.push(`${packageDirectory}/${entry.name}`);
      }
    }
  }
  return entries.sort();
}

/** Every file to carry, relative to `root`. */
export function unicodeDataFiles(root: string): string[] {
  const files: string[] = [];
  for (const entry of unicodeDataEntries(root)) {
    if (!Deno.statSync(`${root}${entry}`).isDirectory) {
      files.push(entry);
      continue;
    }
    for (const file of walk(`${root}${entry}`)) {
      const name = file.slice(file.lastIndexOf("/") + 1);
      if (file.endsWith(".mjs") && !UNUSED.has(name)) files.push(`${entry}/${file}`);
    }
  }
  return files.sort();
}
