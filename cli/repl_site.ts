/**
 * Site's builtins (`exit`, `quit`, `help`, ...) are installed at start-up for
 * every program unless -S (vm/runtime/site_builtins.ts); the interactive
 * prompt installs them again should the program have removed them.
 */
export { installSiteBuiltins } from "../vm/runtime/site_builtins.ts";
