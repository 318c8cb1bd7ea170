// exceljs's zip writer with parts deflated on zlib's thread pool as they are appended
// (cli/xlsx/zip-writer.ts): it is the one in use once the CLI's exceljs adapter is loaded, the
// level the writer asks for reaches zlib, a zip holds the same entries in the same order with the
// same contents as exceljs's own writer gives (Info-ZIP's unzip checks every CRC-32 and size), a
// large part deflated in pieces side by side is still one valid stream of the whole, and
// a failed deflate fails the write instead of writing a file.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Writable } from "node:stream";
import zlib from "node:zlib";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getFramework } from "../../core/index.ts";
import ExcelJS from "../../cli/xlsx/exceljs.ts";
import { loadWorkbook } from "../../cli/xlsx/read.ts";
import { writeTemplate, writeWorkbookAtomically } from "../../cli/xlsx/template.ts";
import {
  aheadAppend,
  aheadFinalize,
  earlyAddSharedStrings,
  exceljsAddSharedStrings,
  exceljsAddWorksheets,
  exceljsZipAppend,
  exceljsZipFinalize,
  PIECE_BYTES,
  stringsFirstAddWorksheets,
} from "../../cli/xlsx/zip-writer.ts";
import { tempDir } from "./support.ts";

const framework = getFramework();
/** zlib's own deflateRaw, whatever a test spies on. */
const zlibDeflateRaw = zlib.deflateRaw;
const newDir = tempDir();

const fromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));
type Writer = { append(data: unknown, options: { name: string; base64?: boolean }): void; finalize(): Promise<void>; pipe(to: Writable): void; on(event: string, fn: (e?: unknown) => void): void };
type WriterClass = { new (options?: object): Writer; prototype: Writer };
const { ZipWriter } = fromExceljs("exceljs/lib/utils/zip-stream.js") as { ZipWriter: WriterClass };
type Zip = { files: Record<string, { dir: boolean; name: string; async(type: "uint8array"): Promise<Uint8Array> }> };
const JSZip = fromExceljs("jszip") as { loadAsync(data: Buffer): Promise<Zip> };

type Xlsx = { prototype: { addWorksheets: typeof stringsFirstAddWorksheets; addSharedStrings: typeof earlyAddSharedStrings } };
const XLSX = fromExceljs("exceljs/lib/xlsx/xlsx.js") as Xlsx;

afterEach(() => {
  ZipWriter.prototype.append = aheadAppend;
  ZipWriter.prototype.finalize = aheadFinalize;
  XLSX.prototype.addWorksheets = stringsFirstAddWorksheets;
  XLSX.prototype.addSharedStrings = earlyAddSharedStrings;
  vi.restoreAllMocks();
});

type Part = { name: string; data: string | Uint8Array; base64?: boolean };

/** LENGTH bytes that hardly compress, from SEED (xorshift). */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed | 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** The zip a ZipWriter makes of PARTS (appended in order), with exceljs's own methods or ours. */
async function zipWith(own: boolean, parts: Part[], level?: number | "store"): Promise<Buffer> {
  ZipWriter.prototype.append = own ? exceljsZipAppend : aheadAppend;
  ZipWriter.prototype.finalize = own ? exceljsZipFinalize : aheadFinalize;
  const writer = new ZipWriter(level === undefined ? {} : level === "store" ? { compression: "STORE" } : { compression: "DEFLATE", compressionOptions: { level } });
  const chunks: Buffer[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk), done()) });
  const written = new Promise((resolve) => sink.on("finish", resolve));
  writer.pipe(sink);
  for (const p of parts) writer.append(p.data, { name: p.name, ...(p.base64 ? { base64: true } : {}) });
  await new Promise((resolve, reject) => {
    writer.on("finish", resolve);
    writer.on("error", reject);
    void writer.finalize();
  });
  await written;
  return Buffer.concat(chunks);
}

/** Every entry of a zip, in the zip's order: name and bytes. */
async function entriesOf(zip: Buffer): Promise<[string, Buffer][]> {
  const loaded = await JSZip.loadAsync(zip);
  return Promise.all(Object.values(loaded.files).map(async (f) => [f.name, f.dir ? Buffer.alloc(0) : Buffer.from(await f.async("uint8array"))] as [string, Buffer]));
}

const text = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 300 }), fc.constantFrom("", "<a>é ✓ ·</a>", "x".repeat(70_000)));
const part: fc.Arbitrary<Omit<Part, "name">> = fc.oneof(
  text.map((data) => ({ data })),
  fc.uint8Array({ maxLength: 3_000 }).map((data) => ({ data })),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ data: Buffer.from(bytes).toString("base64"), base64: true })),
);
const parts = fc.array(part, { minLength: 1, maxLength: 8 }).map((list) => list.map((p, i) => ({ ...p, name: `xl/d${i % 3}/p${i}.xml` })));

describe("the zip writer in use", () => {
  it("deflates on zlib's thread pool at the level the write asks for, once the CLI's exceljs adapter is loaded", async () => {
    expect(ZipWriter.prototype.append).toBe(aheadAppend);
    expect(ZipWriter.prototype.finalize).toBe(aheadFinalize);
    const dir = await newDir();
    const path = join(dir, "templat.xlsx");
    const ahead = vi.spyOn(zlib, "deflateRaw");
    const inline = vi.spyOn(zlib, "deflateRawSync");
    await writeTemplate(path, framework);
    expect(ahead).toHaveBeenCalled();
    for (const call of ahead.mock.calls) expect(call[1]).toMatchObject({ level: zlib.constants.Z_DEFAULT_COMPRESSION });
    const workbook = await loadWorkbook(path);
    ahead.mockClear();
    await writeWorkbookAtomically(workbook, join(dir, "salinan.xlsx"), { compressionLevel: 1 });
    expect(ahead.mock.calls.length).toBeGreaterThan(5);
    for (const call of ahead.mock.calls) expect(call[1]).toMatchObject({ level: 1 });
    expect(inline).not.toHaveBeenCalled();
    expect(execFileSync("unzip", ["-tq", join(dir, "salinan.xlsx")], { encoding: "utf8" })).toMatch(/No errors detected/);
  });
});

describe("what it writes", () => {
  it("the same entries, in the same order, with the same contents as exceljs's own writer, and unzip agrees", async () => {
    const dir = await newDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(parts, fc.constantFrom<number | "store" | undefined>(undefined, 1, 6, "store"), async (list, level) => {
        const theirs = await zipWith(true, list, level);
        const ours = await zipWith(false, list, level);
        expect(await entriesOf(ours)).toEqual(await entriesOf(theirs));
        const path = join(dir, `z${n++}.zip`);
        await writeFile(path, ours);
        expect(execFileSync("unzip", ["-tq", path], { encoding: "utf8" })).toMatch(/No errors detected|empty zipfile/);
      }),
      { numRuns: 60 },
    );
  });

  it("a large part, deflated in pieces side by side, is one deflate stream of the whole: the same contents, and unzip agrees", async () => {
    const dir = await newDir();
    let n = 0;
    const ahead = vi.spyOn(zlib, "deflateRaw");
    // Text and bytes from just over one piece to over four (the most pieces), compressible or not.
    const large = fc.oneof(
      fc.tuple(fc.integer({ min: PIECE_BYTES + 1, max: 5 * PIECE_BYTES }), fc.string({ minLength: 1, maxLength: 40 })).map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
      fc.tuple(fc.integer({ min: PIECE_BYTES + 1, max: 5 * PIECE_BYTES }), fc.integer()).map(([length, seed]) => noise(length, seed)),
    );
    await fc.assert(
      fc.asyncProperty(large, fc.constantFrom(1, 6, 9), async (data, level) => {
        ahead.mockClear();
        const list = [{ name: "xl/sharedStrings.xml", data }, { name: "xl/workbook.xml", data: "<workbook/>" }];
        const ours = await zipWith(false, list, level);
        expect(ahead.mock.calls.length).toBeGreaterThan(2);
        // (Compared by digest: a deep comparison of megabytes takes seconds.)
        const digests = async (zip: Buffer) => (await entriesOf(zip)).map(([name, bytes]) => [name, createHash("sha256").update(bytes).digest("hex")]);
        expect(await digests(ours)).toEqual(await digests(await zipWith(true, list, level)));
        const path = join(dir, `p${n++}.zip`);
        await writeFile(path, ours);
        expect(execFileSync("unzip", ["-tq", path], { encoding: "utf8" })).toMatch(/No errors detected/);
      }),
      { numRuns: 10 },
    );
  });

  it("deflates the shared strings while the worksheets render, and still writes them in their own place", async () => {
    expect(XLSX.prototype.addWorksheets).toBe(stringsFirstAddWorksheets);
    const path = join(await newDir(), "templat.xlsx");
    await writeTemplate(path, framework);
    const written = async (early: boolean) => {
      XLSX.prototype.addWorksheets = early ? stringsFirstAddWorksheets : exceljsAddWorksheets;
      XLSX.prototype.addSharedStrings = early ? earlyAddSharedStrings : exceljsAddSharedStrings;
      const workbook = await loadWorkbook(path);
      workbook.modified = new Date(Date.UTC(2026, 0, 1));
      return (await workbook.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as Partial<ExcelJS.XlsxWriteOptions>)) as unknown as Buffer;
    };
    // What happens in which order: a part appended, or text sent to zlib.
    const events: string[] = [];
    const append = vi.spyOn(ZipWriter.prototype, "append").mockImplementation(function (this: Writer, data, options) {
      events.push(`append ${options.name}`);
      aheadAppend.call(this as never, data, options);
    });
    const deflate = vi.spyOn(zlib, "deflateRaw");
    deflate.mockImplementation(((input: Uint8Array, options: zlib.ZlibOptions, done: (e: Error | null, out: Buffer) => void) => {
      if (Buffer.from(input.subarray(0, 200)).toString().includes("<sst")) events.push("deflate shared strings");
      return zlibDeflateRaw(input, options, done);
    }) as never);
    const ours = await written(true);
    append.mockRestore();
    deflate.mockRestore();
    const first = (event: string) => events.findIndex((e) => e.startsWith(event));
    expect(first("deflate shared strings")).toBeGreaterThanOrEqual(0);
    expect(first("deflate shared strings")).toBeLessThan(first("append xl/worksheets/sheet1.xml"));
    expect(first("append xl/sharedStrings.xml")).toBeGreaterThan(first("append xl/worksheets/sheet1.xml"));
    expect(await entriesOf(ours)).toEqual(await entriesOf(await written(false)));
  });

  it("text is encoded whole: a character outside the BMP across JSZip's 16,384-character chunks stays intact", async () => {
    // exceljs's own writer hands the text to JSZip, which encodes it to UTF-8 in chunks of 16,384
    // UTF-16 units and so splits such a pair into two U+FFFD.
    const text = `${"x".repeat(16_383)}😀y`;
    const written = async (own: boolean) => (await entriesOf(await zipWith(own, [{ name: "a.xml", data: text }], 1)))[0]![1].toString("utf8");
    expect(await written(false)).toBe(text);
    expect((await written(true)).slice(16_383)).toBe("\uFFFD\uFFFDy");
  });

  it("a workbook's parts byte for byte as exceljs's own writer writes them", async () => {
    const path = join(await newDir(), "templat.xlsx");
    await writeTemplate(path, framework);
    const written = async (own: boolean) => {
      ZipWriter.prototype.append = own ? exceljsZipAppend : aheadAppend;
      ZipWriter.prototype.finalize = own ? exceljsZipFinalize : aheadFinalize;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      workbook.modified = new Date(Date.UTC(2026, 0, 1));
      return entriesOf((await workbook.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as Partial<ExcelJS.XlsxWriteOptions>)) as unknown as Buffer);
    };
    const ours = await written(false);
    expect(ours.map(([name]) => name)).toContain("xl/worksheets/sheet3.xml");
    expect(ours).toEqual(await written(true));
  });

  it("a failed deflate fails the write, and leaves neither the output nor a temporary file", async () => {
    const dir = await newDir();
    const path = join(dir, "templat.xlsx");
    await writeTemplate(path, framework);
    const workbook = await loadWorkbook(path);
    vi.spyOn(zlib, "deflateRaw").mockImplementation(((_input: unknown, _options: unknown, done: (error: Error | null) => void) => {
      setImmediate(() => done(new Error("deflate gagal")));
    }) as unknown as typeof zlib.deflateRaw);
    await expect(writeWorkbookAtomically(workbook, join(dir, "salinan.xlsx"), { compressionLevel: 1 })).rejects.toThrow("deflate gagal");
    expect((await readdir(dir)).sort()).toEqual(["templat.xlsx"]);
  });
});
