/** Every .py file under the given files and directories (symbolic links are not followed), sorted. */
export function collectPythonFiles(places: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const entry of Deno.readDirSync(directory)) {
      const path = `${directory}/${entry.name}`;
      if (entry.isDirectory) walk(path);
      else if (entry.isFile && entry.name.endsWith(".py")) files.push(path);
    }
  };
  for (const place of places) {
    if (Deno.statSync(place).isDirectory) walk(place.replace(/\/+$/, ""));
    else files.push(place);
  }
  return files.sort();
}
