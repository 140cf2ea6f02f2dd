/** Dict get and set (vm/objects/dict.ts) with str, small-int and float keys. */
import { N } from "./setup.ts";
import { PyDict } from "../../vm/objects/dict.ts";
import { PyFloat } from "../../vm/objects/float.ts";

const KEYS = 1000;
const strKeys = Array.from({ length: KEYS }, (_, i) => `key${i}`);
const floatKeys = Array.from({ length: KEYS }, (_, i) => new PyFloat(i + 0.5));

function filled(keys: readonly (string | number | PyFloat)[]): PyDict {
  const d = new PyDict();
  keys.forEach((k, i) => d.set(k, i));
  return d;
}

const strDict = filled(strKeys);
const intDict = filled(Array.from({ length: KEYS }, (_, i) => i));
const floatDict = filled(floatKeys);

Deno.bench("dict: get, str key (hit)", { group: "dict", baseline: true }, () => {
  for (let i = 0; i < N; i++) strDict.get(strKeys[i % KEYS]);
});

Deno.bench("dict: getStr (hit)", { group: "dict" }, () => {
  for (let i = 0; i < N; i++) strDict.getStr(strKeys[i % KEYS]);
});

Deno.bench("dict: get, str key (miss)", { group: "dict" }, () => {
  for (let i = 0; i < N; i++) strDict.get("absent");
});

Deno.bench("dict: get, small int key", { group: "dict" }, () => {
  for (let i = 0; i < N; i++) intDict.get(i % KEYS);
});

Deno.bench("dict: get, float key", { group: "dict" }, () => {
  for (let i = 0; i < N; i++) floatDict.get(floatKeys[i % KEYS]);
});

Deno.bench("dict: set, existing str key", { group: "dict" }, () => {
  for (let i = 0; i < N; i++) strDict.set(strKeys[i % KEYS], i);
});

Deno.bench("dict: build 1000 str keys from empty", { group: "dict" }, () => {
  for (let r = 0; r < N / KEYS; r++) {
    const d = new PyDict();
    for (let i = 0; i < KEYS; i++) d.set(strKeys[i], i);
  }
});
