/**
 * `./taipan`'s entry point: starts Taipan from the cached bundle of its
 * TypeScript when that bundle matches the sources (cli/bundle_cache.ts), else
 * from main.ts, asking a detached builder for a bundle for the next runs
 * (`TAIPAN_BUNDLE=0`: always main.ts, no builder). A builder also records
 * a fresh bundle's files again when their stat fields stopped vouching for
 * them (bundleFreshness).
 *
 * main runs after the import has finished: Deno writes the V8 code cache of
 * a module only once it has been evaluated, and the bundle is one module.
 */
import { bundleFreshness, bundlePlace, startBuilder } from "./bundle_cache.ts";

const root = decodeURIComponent(new URL("../", import.meta.url).pathname);
const place = bundlePlace(root);
const useBundle = Deno.env.get("TAIPAN_BUNDLE") !== "0";
const { bundle, rerecord } = useBundle
  ? await bundleFreshness(place)
  : { bundle: null, rerecord: false };
// A fresh bundle whose records no longer vouch for their files is built again
// too, so that later checks need not hash those files.
if (useBundle && (bundle === null || rerecord)) startBuilder(place);
// A computed specifier either way: Deno must not load main.ts's graph unless it runs it.
let entry = new URL("../main.ts", import.meta.url);
if (bundle !== null) {
  entry = new URL("file:///");
  entry.pathname = bundle;
}
const { main } = await import(entry.href) as typeof import("../main.ts");
Deno.exit(main(Deno.args));
