/**
 * The classes of Taipan's native importers, as importlib names them: they
 * sit on sys.meta_path (BuiltinImporter, FrozenImporter, PathFinder) and are
 * the loaders of builtin modules. Only the types are here (a leaf module, so
 * builtin_modules.ts and load_module.ts can name them); their methods are in
 * meta_path.ts.
 */
import { heapType } from "./module_spec.ts";

export const builtinImporterType = heapType("BuiltinImporter", "_frozen_importlib");
export const frozenImporterType = heapType("FrozenImporter", "_frozen_importlib");
export const pathFinderType = heapType("PathFinder", "_frozen_importlib_external");
