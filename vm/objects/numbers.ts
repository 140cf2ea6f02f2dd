/**
 * Loads the modules that attach the methods of int, bool, float and complex
 * to their types (each does so when imported). The interpreter's bootstrap
 * imports this once.
 */
import "./int_methods.ts";
import "./float_methods.ts";
import "./complex_methods.ts";
