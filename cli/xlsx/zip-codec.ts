// Node's native zlib as the DEFLATE codec (and CRC-32) of the JSZip copy that exceljs uses.
//
// exceljs reads and writes the .xlsx zip through JSZip, and JSZip compresses and decompresses with
// pako, zlib ported to plain JavaScript: the hot spot of `annotate` after exceljs's own XML work.
// On the 500-innovation workbook the native codec cuts the CPU time of an exceljs write by ≈ 12%
// and of a read by ≈ 5%, and annotate by ≈ 10-15%. The zip container (headers, central directory)
// is still read and written by JSZip inside exceljs; only each entry's deflate step, and the
// CRC-32 JSZip computes over every entry it writes (also pure JavaScript: ≈ 7 ms of annotate for
// 3 MB, 0.6 ms native), run in native zlib. Output stays a standard raw deflate stream (zip
// method 8), which any unzip reads.
//
// exceljs's streaming reader (large files) unzips with its own library and node's zlib already;
// this changes nothing there.
import zlib from "node:zlib";
import { requireFromExceljs } from "./exceljs-internals.ts";

/** The parts of JSZip's internal worker API a codec implements (JSZip 3.10, pinned through exceljs). */
type Chunk = { data: unknown; meta: unknown };
type Worker = {
  streamInfo: { crc32?: number };
  processChunk(chunk: Chunk): void;
  flush(): void;
  push(chunk: Chunk): void;
  error(error: unknown): boolean;
};
type WorkerClass = { new (name: string): Worker; prototype: Worker };
export type ZipCodec = { magic: string; compressWorker(options?: { level?: number } | null): Worker; uncompressWorker(): Worker };

// JSZip as exceljs resolves it, so the registry patched below is the very one exceljs reads.
const compressions = requireFromExceljs("jszip/lib/compressions") as { DEFLATE: ZipCodec };
const GenericWorker = requireFromExceljs("jszip/lib/stream/GenericWorker") as WorkerClass;
const Crc32Probe = requireFromExceljs("jszip/lib/stream/Crc32Probe") as WorkerClass;
const { transformTo } = requireFromExceljs("jszip/lib/utils") as { transformTo(type: "uint8array", data: unknown): Uint8Array };

/** JSZip's own default when no level is given (pako's -1 is zlib's default, 6). */
const DEFAULT_LEVEL = zlib.constants.Z_DEFAULT_COMPRESSION;
/** Size of the chunks handed on after inflating, like pako's: downstream workers see the same shape. */
const CHUNK = 64 * 1024;

/**
 * Collects an entry's bytes and (de)compresses them in one native call when the entry ends.
 * JSZip builds or reads the whole zip in memory anyway; this holds one entry's input at a time
 * (its text when writing, its compressed bytes when reading) besides.
 */
function flateWorker(name: string, run: (input: Buffer) => Buffer): Worker {
  const worker = new GenericWorker(`NativeFlate/${name}`);
  let chunks: Uint8Array[] = [];
  let meta: unknown = {};
  worker.processChunk = (chunk) => {
    meta = chunk.meta;
    // Buffers and Uint8Arrays are kept as they are; JSZip may also pass binary strings or arrays.
    chunks.push(chunk.data instanceof Uint8Array ? chunk.data : transformTo("uint8array", chunk.data));
  };
  worker.flush = function (this: Worker) {
    GenericWorker.prototype.flush.call(this);
    const input = chunks.length === 1 ? Buffer.from(chunks[0]!.buffer, chunks[0]!.byteOffset, chunks[0]!.length) : Buffer.concat(chunks);
    chunks = [];
    let output: Buffer;
    try {
      output = run(input);
    } catch (error) {
      // Damaged deflate data: fail this entry the way JSZip fails any other (its load rejects);
      // never throw out of flush, which JSZip calls from setImmediate, where a throw ends the process.
      this.error(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    // A plain Uint8Array view, no copy: JSZip treats a Buffer as another type and converts it byte by byte.
    for (let at = 0; at < output.length; at += CHUNK) {
      const end = Math.min(output.length, at + CHUNK);
      this.push({ data: new Uint8Array(output.buffer, output.byteOffset + at, end - at), meta });
    }
  };
  return worker;
}

/** JSZip's DEFLATE codec, on native zlib. */
export const nativeDeflate: ZipCodec = {
  // The zip compression method field, as JSZip's own DEFLATE codec has it: 8 (deflate), little-endian.
  magic: "\x08\x00",
  compressWorker: (options) => {
    const level = options?.level ?? DEFAULT_LEVEL;
    return flateWorker("deflate", (input) => zlib.deflateRawSync(input, { level }));
  },
  uncompressWorker: () => flateWorker("inflate", (input) => zlib.inflateRawSync(input)),
};

const jsCrc32Chunk = Crc32Probe.prototype.processChunk;

/** JSZip's CRC-32 step (the running CRC of an entry's bytes), on zlib.crc32. */
export function nativeCrc32Chunk(this: Worker, chunk: Chunk): void {
  const data = chunk.data;
  // Binary strings and arrays (not used by exceljs), and JSZip's own answer for an empty chunk (0), stay JSZip's.
  if (!(data instanceof Uint8Array) || data.length === 0) return jsCrc32Chunk.call(this, chunk);
  // JSZip keeps CRC-32s as signed 32-bit integers (as it reads them from zip headers); zlib's are unsigned.
  this.streamInfo.crc32 = zlib.crc32(data, (this.streamInfo.crc32 ?? 0) >>> 0) | 0;
  this.push(chunk);
}

/** Makes exceljs's JSZip use native zlib; idempotent. */
export function installNativeZipCodec(): void {
  compressions.DEFLATE = nativeDeflate;
  Crc32Probe.prototype.processChunk = nativeCrc32Chunk;
}

/** JSZip's own CRC-32 step (for tests). */
export const jszipCrc32Chunk = jsCrc32Chunk;

/** The codec and CRC-32 step exceljs's JSZip uses now (for tests). */
export const currentZipCodec = (): { deflate: ZipCodec; crc32Chunk: Worker["processChunk"] } => ({ deflate: compressions.DEFLATE, crc32Chunk: Crc32Probe.prototype.processChunk });
