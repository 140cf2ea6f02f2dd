/**
 * A system C library behind a native module (libexpat for pyexpat, libbz2
 * for _bz2, liblzma for _lzma): found among candidate file names on first
 * use, its functions bound one at a time when first called.
 *
 * Binding a symbol costs 100-220 µs, and such modules declare dozens of
 * functions of which a program uses a few (a parser sets the handlers it
 * needs), so `Deno.dlopen` is called once per symbol, on demand, with a
 * one-entry table; the loader's reference count keeps the file mapped. The
 * signature table is data declared once by each module.
 */

type SymbolTable = Record<string, Deno.ForeignFunction>;

export class SystemLibrary<Table extends SymbolTable> {
  private path: string | null = null;
  private failure: string | null = null;
  private readonly bound = new Map<keyof Table, unknown>();
  private readonly variables = new Map<string, Deno.PointerObject>();

  constructor(
    /** How messages name the library, e.g. "libexpat.so.1". */
    readonly label: string,
    private readonly candidates: readonly string[],
    private readonly table: Table,
  ) {}

  /** Null when the library can be opened, else why not (the first candidate's error). */
  loadError(): string | null {
    if (this.path === null && this.failure === null) {
      const errors: string[] = [];
      for (const candidate of this.candidates) {
        try {
          Deno.dlopen(candidate, {});
          this.path = candidate;
          break;
        } catch (error) {
          errors.push(`${candidate}: ${(error as Error).message}`);
        }
      }
      if (this.path === null) {
        this.failure = `${errors[0]}; ${errors.length - 1} other paths tried`;
      }
    }
    return this.failure;
  }

  /** The function `name`, bound on first use (the library must have loaded). */
  fn<Name extends keyof Table & string>(name: Name): Deno.DynamicLibrary<Table>["symbols"][Name] {
    let fn = this.bound.get(name);
    if (fn === undefined) {
      if (this.loadError() !== null) throw new Error(`${this.label} is not available`);
      const definition = { [name]: this.table[name] } as Pick<Table, Name>;
      fn = Deno.dlopen(this.path!, definition).symbols[name];
      this.bound.set(name, fn);
    }
    return fn as Deno.DynamicLibrary<Table>["symbols"][Name];
  }

  /** The address of the exported variable `name` (ncurses' LINES, acs_map), found on first use. */
  variable(name: string): Deno.PointerObject {
    let address = this.variables.get(name);
    if (address === undefined) {
      if (this.loadError() !== null) throw new Error(`${this.label} is not available`);
      const library = Deno.dlopen(this.path!, { [name]: { type: "pointer" } } as const);
      address = library.symbols[name] as unknown as Deno.PointerObject;
      this.variables.set(name, address);
    }
    return address;
  }
}

/** The usual places of a Linux shared library `file` (the loader's search path first). */
export function libraryCandidates(file: string): string[] {
  return [
    file,
    `/lib/x86_64-linux-gnu/${file}`,
    `/usr/lib/x86_64-linux-gnu/${file}`,
    `/lib/aarch64-linux-gnu/${file}`,
    `/usr/lib/aarch64-linux-gnu/${file}`,
    `/usr/lib/${file}`,
    `/usr/lib64/${file}`,
  ];
}
