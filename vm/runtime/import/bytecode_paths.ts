/**
 * Where importlib keeps a source file's bytecode (importlib.util's
 * cache_from_source): `<dir>/__pycache__/<name>.<cache_tag>[.opt-N].pyc`,
 * or under sys.pycache_prefix when it is set. Taipan's cache tag is
 * "taipan-311-" plus 8 hex digits of the compiler fingerprint, so its .pyc
 * files (which hold Taipan code objects, see stdlib/marshal_format.ts) never
 * collide with CPython's, nor with those of a Taipan whose compiler differs.
 */
import type { PyValue } from "../../objects/object.ts";
import { isStr, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { getAttribute } from "../attributes.ts";
import { interpreter } from "../interpreter_state.ts";
import { importSettings } from "./settings.ts";

function attributeOrNull(obj: PyValue | undefined, name: string): PyValue {
  if (obj === undefined) return null;
  try {
    return getAttribute(obj, name);
  } catch {
    return null;
  }
}

/** The .pyc path for `origin`, or null when there is none (not a .py file, no cache tag). */
export function cachedPathFor(origin: string): string | null {
  if (!origin.endsWith(".py")) return origin.endsWith(".pyc") ? origin : null;
  const sys = interpreter().sys.dict;
  const tag = attributeOrNull(sys.get("implementation"), "cache_tag");
  if (!isStr(tag)) return null;
  const slash = origin.lastIndexOf("/");
  const head = slash < 0 ? "" : origin.slice(0, slash);
  const tail = origin.slice(slash + 1);
  const dot = tail.lastIndexOf(".");
  const base = dot <= 0 ? tail.slice(dot + 1) : tail.slice(0, dot);
  const optimize = importSettings.optimize;
  const filename = `${base}.${toJsString(tag as PyStr)}${
    optimize > 0 ? `.opt-${optimize}` : ""
  }.pyc`;
  const prefix = sys.get("pycache_prefix") ?? null;
  if (isStr(prefix)) {
    return `${toJsString(prefix as PyStr)}/${head.replace(/^\/+/, "")}/${filename}`;
  }
  return head === "" ? `__pycache__/${filename}` : `${head}/__pycache__/${filename}`;
}
