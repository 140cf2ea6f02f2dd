/**
 * Native companions of standard-library source modules: a function run on
 * a module's namespace right after its source file has run (import or
 * reload), by module name. A companion checks that the file is the one it
 * was written for and may then replace some of the module's functions with
 * native twins (stdlib/_json_iterencode.ts for json.encoder).
 */
import type { PyDict } from "../../objects/dict.ts";

type Companion = (namespace: PyDict, path: string) => void;

const companions = new Map<string, Companion>();

export function registerSourceCompanion(name: string, companion: Companion): void {
  companions.set(name, companion);
}

/** Run the companion of module `name`, if it has one, after its source at `path` ran. */
export function runSourceCompanion(name: string, namespace: PyDict, path: string): void {
  companions.get(name)?.(namespace, path);
}
