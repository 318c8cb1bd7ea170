// exceljs's zip writer, deflating each part in the background as soon as exceljs hands it over.
//
// exceljs renders the parts of a workbook one after another and appends each to its ZipWriter,
// which only collects them in a JSZip; the whole zip is compressed at the end, on the main thread
// (UTF-8 encoding, CRC-32 and deflate of ≈ 3 MB of XML on the 500-innovation annotate: ≈ 20 ms).
// Here each part is encoded and checksummed when it is appended, and deflated by zlib on libuv's
// thread pool while exceljs goes on rendering the next parts; at the end JSZip receives the
// finished entries (its own CompressedObject, the form it uses for entries it copies from a loaded
// zip) in the order they were appended, and writes the same headers and directory around them.
// A part up to 256 KB gets the bytes of the synchronous codec (zip-codec.ts), zlib at the same
// level; a larger one is deflated in up to four pieces side by side (deflatePieces), the same
// contents in a stream a little larger.
//
// Parts that are not plain text or bytes (base64 media, streams), and any write whose compression
// is not DEFLATE through the native codec, go to JSZip exactly as before, still in order. The
// shared strings, complete once exceljs has prepared the model, are rendered and deflated before
// the worksheets instead of after them, and still take their own place in the zip.
import zlib from "node:zlib";
import { requireFromExceljs } from "./exceljs-internals.ts";
import { nativeDeflate, type ZipCodec } from "./zip-codec.ts";

type AppendOptions = { name: string; base64?: boolean };
type ZipWriter = {
  options: { compression?: string; compressionOptions?: { level?: number } | null };
  zip: { file(name: string, data: unknown, options?: object): unknown };
  append(data: unknown, options: AppendOptions): void;
  finalize(): Promise<void>;
  emit(event: "error", error: unknown): boolean;
};
type CompressedObjectClass = new (compressedSize: number, uncompressedSize: number, crc32: number, compression: ZipCodec, data: Uint8Array) => object;

const { ZipWriter: ZipWriterClass } = requireFromExceljs("exceljs/lib/utils/zip-stream.js") as { ZipWriter: { prototype: ZipWriter } };
const CompressedObject = requireFromExceljs("jszip/lib/compressedObject") as CompressedObjectClass;
const compressions = requireFromExceljs("jszip/lib/compressions") as { DEFLATE: ZipCodec };

/** exceljs's own append and finalize (for tests, and for what this does not handle). */
export const exceljsZipAppend = ZipWriterClass.prototype.append;
export const exceljsZipFinalize = ZipWriterClass.prototype.finalize;

/** zlib's deflate on the thread pool (looked up at each call, so a test can watch it). */
const deflateRaw = (input: Uint8Array, options: zlib.ZlibOptions): Promise<Buffer> =>
  new Promise((resolve, reject) => zlib.deflateRaw(input, options, (error, out) => (error ? reject(error) : resolve(out))));

const MAX_CHUNK = 16 * 1024 * 1024;

/** Parts larger than this are deflated in pieces at once, on as many of the pool's threads. */
export const PIECE_BYTES = 256 * 1024;
const MAX_PIECES = 4;

/**
 * Raw deflate of BYTES. A large part (the shared strings, a long sheet) is cut into up to four
 * pieces deflated side by side, as pigz does: every piece but the last ends with a sync flush
 * (byte-aligned, not final), so the pieces joined are one deflate stream of the whole: the
 * largest part no longer waits for one thread.
 */
function deflatePieces(bytes: Uint8Array, level: number): Promise<Buffer> {
  const pieces = Math.min(MAX_PIECES, Math.ceil(bytes.length / PIECE_BYTES));
  // One output buffer that usually holds the whole result: one job on the pool. With zlib's 16 KB
  // chunks, each chunk waited for the main thread, busy rendering, to start the next. A quarter of
  // the input holds deflated XML (≈ a sixth of its size at level 1); a part that does not fit, such
  // as an image, takes a few jobs. A buffer the size of the input held ≈ 2.5 MB more per annotate
  // for nothing. (At most 16 MB: a huge part takes a few jobs rather than a buffer its size.)
  const chunkSize = (length: number) => Math.min(MAX_CHUNK, Math.max(64 * 1024, (length >> 2) + 1024));
  if (pieces <= 1) return deflateRaw(bytes, { level, chunkSize: chunkSize(bytes.length) });
  const size = Math.ceil(bytes.length / pieces);
  const jobs: Promise<Buffer>[] = [];
  for (let start = 0; start < bytes.length; start += size) {
    const piece = bytes.subarray(start, Math.min(bytes.length, start + size));
    const last = start + size >= bytes.length;
    jobs.push(deflateRaw(piece, { level, chunkSize: chunkSize(piece.length), ...(last ? {} : { finishFlush: zlib.constants.Z_SYNC_FLUSH }) }));
  }
  return Promise.all(jobs).then((outs) => Buffer.concat(outs));
}

/** A part in the order exceljs appended it: deflating, or left to JSZip. */
type Pending = { name: string; entry: Promise<object> } | { data: unknown; options: AppendOptions };

const pendingOf = new WeakMap<ZipWriter, Pending[]>();

/** Whether WRITER deflates DATA here (else JSZip stores or compresses it as before). */
function deflatesHere(writer: ZipWriter, data: unknown, options: { base64?: boolean }): data is string | Uint8Array {
  const deflated = writer.options.compression === "DEFLATE" && compressions.DEFLATE === nativeDeflate && !options.base64 && (typeof data === "string" || data instanceof Uint8Array);
  // Empty parts stay JSZip's: it stores them uncompressed.
  return deflated && data.length > 0;
}

/** DATA deflated on the pool, as the entry JSZip copies into the zip. */
function deflatedEntry(writer: ZipWriter, data: string | Uint8Array): Promise<object> {
  // UTF-8 of the whole text (JSZip encodes chunks of 16,384 UTF-16 units, and so wrote a character
  // outside the BMP that straddles two chunks as two U+FFFD), and JSZip's signed CRC-32.
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const crc32 = zlib.crc32(bytes) | 0;
  const level = writer.options.compressionOptions?.level ?? zlib.constants.Z_DEFAULT_COMPRESSION;
  const entry = deflatePieces(bytes, level).then((out) => new CompressedObject(out.length, bytes.length, crc32, nativeDeflate, new Uint8Array(out.buffer, out.byteOffset, out.length)));
  // Awaited (and its failure reported) by finalize; not an unhandled rejection meanwhile.
  entry.catch(() => undefined);
  return entry;
}

/** A part deflated ahead of its turn (deflateEarly), by writer. */
const earlyOf = new WeakMap<ZipWriter, { data: unknown; entry: Promise<object> }>();

/** Starts deflating DATA, a part this writer will be given later (the same string), while it goes on. */
export function deflateEarly(writer: ZipWriter, data: string): void {
  if (deflatesHere(writer, data, {})) earlyOf.set(writer, { data, entry: deflatedEntry(writer, data) });
}

export function aheadAppend(this: ZipWriter, data: unknown, options: AppendOptions): void {
  let pending = pendingOf.get(this);
  if (!pending) pendingOf.set(this, (pending = []));
  const early = earlyOf.get(this);
  if (early && early.data === data) {
    earlyOf.delete(this);
    pending.push({ name: options.name, entry: early.entry });
  } else if (deflatesHere(this, data, options)) pending.push({ name: options.name, entry: deflatedEntry(this, data) });
  else pending.push({ data, options });
}

export async function aheadFinalize(this: ZipWriter): Promise<void> {
  const pending = pendingOf.get(this) ?? [];
  pendingOf.delete(this);
  try {
    for (const part of pending) {
      if ("entry" in part) this.zip.file(part.name, await part.entry);
      else exceljsZipAppend.call(this, part.data, part.options);
    }
    await exceljsZipFinalize.call(this);
  } catch (error) {
    // exceljs starts finalize without awaiting it and waits for "finish" or "error".
    this.emit("error", error);
  }
}

// The shared-string table is complete once exceljs has prepared the model (only a cell's prepare
// adds to it), yet exceljs renders it after every worksheet, and the write then waited for its
// deflate (the largest part, ≈ 1.3 MB on the 500-innovation annotate). Its text is rendered before
// the worksheets and deflated while they render; it still goes into the zip in its own place.
type XlsxWriter = { addWorksheets(zip: ZipWriter, model: SharedStringsModel): Promise<void>; addSharedStrings(zip: ZipWriter, model: SharedStringsModel): Promise<void> };
type SharedStringsModel = { sharedStrings?: { count: number; xml: string } };
const XLSX = requireFromExceljs("exceljs/lib/xlsx/xlsx.js") as { prototype: XlsxWriter };

/** exceljs's own addWorksheets and addSharedStrings (for tests). */
export const exceljsAddWorksheets = XLSX.prototype.addWorksheets;
export const exceljsAddSharedStrings = XLSX.prototype.addSharedStrings;

/** The shared strings' text, rendered before the worksheets, by model. */
const earlyStrings = new WeakMap<object, string>();

export async function stringsFirstAddWorksheets(this: XlsxWriter, zip: ZipWriter, model: SharedStringsModel): Promise<void> {
  if (model.sharedStrings?.count) {
    const xml = model.sharedStrings.xml;
    earlyStrings.set(model, xml);
    deflateEarly(zip, xml);
  }
  return exceljsAddWorksheets.call(this, zip, model);
}

export async function earlyAddSharedStrings(this: XlsxWriter, zip: ZipWriter, model: SharedStringsModel): Promise<void> {
  const xml = earlyStrings.get(model);
  if (xml === undefined) return exceljsAddSharedStrings.call(this, zip, model);
  earlyStrings.delete(model);
  zip.append(xml, { name: "xl/sharedStrings.xml" });
}

/** Makes exceljs's zip writer deflate parts as they come, the shared strings first; idempotent. */
export function installAheadZipWriter(): void {
  ZipWriterClass.prototype.append = aheadAppend;
  ZipWriterClass.prototype.finalize = aheadFinalize;
  XLSX.prototype.addWorksheets = stringsFirstAddWorksheets;
  XLSX.prototype.addSharedStrings = earlyAddSharedStrings;
}
