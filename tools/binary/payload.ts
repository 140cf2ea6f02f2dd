/**
 * Writes the offline route's executable: the compiled launcher followed by
 * the payload, in the layout tools/binary/launcher.c reads (its header
 * describes it: packed files, index text, then a trailer of magic string,
 * three little-endian 64-bit offsets and the SHA-256 of the unpacked files
 * and the index). Each file is stored deflated (the Deno runtime shrinks from
 * 91 MiB to about 41 MiB) unless that saves under a tenth, as for the
 * already compressed stdlib zip.
 * The file is written beside the output and renamed over it, so an
 * interrupted build never leaves a half-written dist/taipan.
 */
import { createHash } from "node:crypto";
import { deflateRawSync } from "node:zlib";

const MAGIC = "TAIPAN-BINARY-1\n";

export interface PayloadFile {
  /** Where the launcher extracts it, relative to its directory. */
  path: string;
  /** Where the build reads it. */
  source: string;
  mode: number;
}

export interface BinaryContents {
  /** The file the launcher execs. */
  runtime: PayloadFile;
  files: PayloadFile[];
  /** The runtime's arguments before the user's; `{dir}` is the extraction directory. */
  args: string[];
  /** Variables for the runtime, each set unless the user set it. */
  env: Record<string, string>;
}

function littleEndian(value: number): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(value), true);
  return bytes;
}

export async function writeBinary(
  output: string,
  launcher: string,
  contents: BinaryContents,
): Promise<void> {
  const partial = `${output}.partial-${Deno.pid}`;
  const target = await Deno.open(partial, { write: true, create: true, truncate: true });
  try {
    const hash = createHash("sha256");
    let offset = 0;
    const append = async (bytes: Uint8Array) => {
      for (let done = 0; done < bytes.length;) done += await target.write(bytes.subarray(done));
      offset += bytes.length;
    };
    await append(Deno.readFileSync(launcher));
    const payloadOffset = offset;
    const index: string[] = [];
    for (const file of [contents.runtime, ...contents.files]) {
      if (file.path.includes("\n") || file.path.startsWith("/")) {
        throw new Error(`bad payload path ${file.path}`);
      }
      const contents = Deno.readFileSync(file.source);
      hash.update(contents);
      const deflated = deflateRawSync(contents, { level: 6 });
      const packed = deflated.length < contents.length * 0.9 ? deflated : contents;
      await append(packed);
      const packing = packed === contents ? "raw" : "deflate";
      index.push(
        `file ${file.mode.toString(8)} ${contents.length} ${packing} ${packed.length} ${file.path}`,
      );
    }
    index.push(`runtime ${contents.runtime.path}`);
    for (const arg of contents.args) index.push(`arg ${arg}`);
    for (const [name, value] of Object.entries(contents.env)) index.push(`env ${name} ${value}`);
    const indexOffset = offset;
    const indexBytes = new TextEncoder().encode(index.join("\n") + "\n");
    hash.update(indexBytes);
    await append(indexBytes);
    await append(new TextEncoder().encode(MAGIC));
    await append(littleEndian(payloadOffset));
    await append(littleEndian(indexOffset));
    await append(littleEndian(indexBytes.length));
    await append(new TextEncoder().encode(hash.digest("hex")));
    target.close();
    Deno.chmodSync(partial, 0o755);
    Deno.renameSync(partial, output);
  } catch (error) {
    try {
      target.close();
    } catch {
      // closed before the failure
    }
    Deno.removeSync(partial);
    throw error;
  }
}
