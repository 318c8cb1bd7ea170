// The native zlib codec behind exceljs's JSZip (cli/xlsx/zip-codec.ts): it is the one in use once
// the CLI's exceljs adapter is loaded, what it writes reads back byte for byte in JSZip and in
// Info-ZIP's `unzip` (an independent reader, also used by the extension package tests), it reads
// what pako wrote, and damaged deflate data inside an intact zip is a clear per-file error.
import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import zlib from "node:zlib";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getFramework } from "../../core/index.ts";
import { annotateWorkbook } from "../../cli/xlsx/annotate.ts";
import { loadWorkbook, readWorkbook, WorkbookReadError } from "../../cli/xlsx/read.ts";
import { writeTemplate } from "../../cli/xlsx/template.ts";
import { currentZipCodec, jszipCrc32Chunk, nativeCrc32Chunk, nativeDeflate, type ZipCodec } from "../../cli/xlsx/zip-codec.ts";
import { tempDir } from "./support.ts";

const framework = getFramework();
const newDir = tempDir();

// JSZip exactly as exceljs resolves it (the instance the codec is installed into).
const fromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));
type Zip = {
  file(name: string, data: Uint8Array | string): Zip;
  file(name: string): { async(type: "uint8array" | "string"): Promise<Uint8Array | string> } | null;
  generateAsync(options: object): Promise<Buffer>;
};
const JSZip = fromExceljs("jszip") as { new (): Zip; loadAsync(data: Buffer): Promise<Zip> };
const compressions = fromExceljs("jszip/lib/compressions") as { DEFLATE: ZipCodec };
const pakoDeflate = fromExceljs("jszip/lib/flate") as ZipCodec;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the codec in use", () => {
  it("is native zlib once the CLI's exceljs adapter is loaded, for reads and writes alike", async () => {
    expect(compressions.DEFLATE).toBe(nativeDeflate);
    expect(currentZipCodec()).toEqual({ deflate: nativeDeflate, crc32Chunk: nativeCrc32Chunk });
    const inflate = vi.spyOn(zlib, "inflateRawSync");
    const path = join(await newDir(), "templat.xlsx");
    await writeTemplate(path, framework);
    const workbook = await loadWorkbook(path);
    expect(inflate).toHaveBeenCalled();
    expect(workbook.getWorksheet("Inovasi")?.getCell("A1").value).toBeTruthy();
    // exceljs's own writes deflate ahead on zlib's thread pool (zip-writer.test.ts); JSZip itself
    // deflates with the codec, at the level it is given, and computes CRC-32s natively.
    const deflate = vi.spyOn(zlib, "deflateRawSync");
    const crc32 = vi.spyOn(zlib, "crc32");
    await zipOf(["<a/>", new Uint8Array(100)], 1);
    expect(deflate.mock.calls.length).toBe(2);
    for (const call of deflate.mock.calls) expect(call[1]).toEqual({ level: 1 });
    expect(crc32).toHaveBeenCalled();
  });
});

describe("the CRC-32 step", () => {
  /** The CRC-32 JSZIP_STEP computes over CHUNKS fed in order, as JSZip's Crc32Probe does. */
  const crcOf = (step: typeof nativeCrc32Chunk, chunks: (Uint8Array | string)[]): number | undefined => {
    const probe = { streamInfo: {} as { crc32?: number }, push: () => undefined } as unknown as ThisParameterType<typeof nativeCrc32Chunk>;
    for (const data of chunks) step.call(probe, { data, meta: {} });
    return probe.streamInfo.crc32;
  };

  it("gives JSZip's own values (signed, as JSZip reads them from headers), chunk by chunk", () => {
    expect(crcOf(nativeCrc32Chunk, [Buffer.from("123456789")])).toBe(0xcbf43926 | 0);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 20 })), { maxLength: 6 }), (chunks) => {
        expect(crcOf(nativeCrc32Chunk, chunks)).toBe(crcOf(jszipCrc32Chunk, chunks));
      }),
      { numRuns: 500 },
    );
  });
});

/** Files of any bytes or text, of any size up to a few hundred KB, compressible or not. */
const content: fc.Arbitrary<Uint8Array | string> = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }),
  fc.string({ unit: "binary", maxLength: 2_000 }),
  // Larger than JSZip's 16 KB input chunks and the codec's 64 KB output chunks.
  fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.integer({ min: 1, max: 12_000 })).map(([unit, times]) => {
    const out = new Uint8Array(unit.length * times);
    for (let i = 0; i < times; i++) out.set(unit, i * unit.length);
    return out;
  }),
  fc.uint8Array({ minLength: 70_000, maxLength: 200_000 }),
);
const entries = fc.array(content, { minLength: 1, maxLength: 5 });
const level = fc.constantFrom(undefined, 1, 6, 9);

const same = (read: Uint8Array | string, written: Uint8Array | string) =>
  typeof written === "string" ? expect(read).toBe(written) : expect(Buffer.from(read as Uint8Array).equals(Buffer.from(written))).toBe(true);

async function zipOf(files: (Uint8Array | string)[], compressionLevel: number | undefined): Promise<Buffer> {
  const zip = new JSZip();
  files.forEach((data, i) => zip.file(`d/f${i}.${typeof data === "string" ? "txt" : "bin"}`, data));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", ...(compressionLevel === undefined ? {} : { compressionOptions: { level: compressionLevel } }) });
}

async function contentsOf(buffer: Buffer, files: (Uint8Array | string)[]): Promise<(Uint8Array | string)[]> {
  const zip = await JSZip.loadAsync(buffer);
  return Promise.all(files.map((data, i) => zip.file(`d/f${i}.${typeof data === "string" ? "txt" : "bin"}`)!.async(typeof data === "string" ? "string" : "uint8array")));
}

/** Runs FN with JSZip's DEFLATE set to CODEC, then puts the native codec back. */
async function using<T>(codec: ZipCodec, fn: () => Promise<T>): Promise<T> {
  compressions.DEFLATE = codec;
  try {
    return await fn();
  } finally {
    compressions.DEFLATE = nativeDeflate;
  }
}

describe("round trips", () => {
  it("any bytes or text come back unchanged through JSZip, and Info-ZIP's unzip reads the file", async () => {
    const dir = await newDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(entries, level, async (files, compressionLevel) => {
        const zip = await zipOf(files, compressionLevel);
        (await contentsOf(zip, files)).forEach((read, i) => same(read, files[i]!));
        // An independent reader: `unzip -t` inflates every entry and checks its CRC-32 (computed
        // by JSZip from the original bytes) and size; `unzip -p` gives the bytes back.
        const path = join(dir, `z${n++}.zip`);
        await writeFile(path, zip);
        expect(execFileSync("unzip", ["-tq", path], { encoding: "utf8" })).toMatch(/No errors detected/);
        const first = execFileSync("unzip", ["-p", path, `d/f0.${typeof files[0] === "string" ? "txt" : "bin"}`], { maxBuffer: 1 << 24 });
        same(typeof files[0] === "string" ? first.toString("utf8") : first, files[0]!);
      }),
      { numRuns: 60 },
    );
  });

  it("zips written with JSZip's own pako codec read with the native one, and the other way round", async () => {
    await fc.assert(
      fc.asyncProperty(entries, level, async (files, compressionLevel) => {
        const byPako = await using(pakoDeflate, () => zipOf(files, compressionLevel));
        (await contentsOf(byPako, files)).forEach((read, i) => same(read, files[i]!));
        const byNative = await zipOf(files, compressionLevel);
        (await using(pakoDeflate, () => contentsOf(byNative, files))).forEach((read, i) => same(read, files[i]!));
      }),
      { numRuns: 25 },
    );
  });

  it("an annotated workbook passes unzip -t", async () => {
    const dir = await newDir();
    const path = join(dir, "templat.xlsx");
    await writeTemplate(path, framework);
    const out = join(dir, "bertanda.xlsx");
    await annotateWorkbook(path, out, { today: "2026-05-15" });
    expect(execFileSync("unzip", ["-tq", out], { encoding: "utf8" })).toMatch(/No errors detected/);
  });
});

// A minimal zip writer, independent of JSZip: every entry deflated by zlib, except that the
// entry named in `damage` gets the deflate data returned by that function instead.
function writeZip(entries: { name: string; data: Buffer }[], damage: { name: string; deflated: (good: Buffer) => Buffer } | undefined): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const good = zlib.deflateRawSync(data);
    const body = damage?.name === name ? damage.deflated(good) : good;
    const fileName = Buffer.from(name, "utf8");
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      header.writeUInt16LE(8, at + 4); // deflate
      header.writeUInt32LE(0, at + 6); // time and date
      header.writeUInt32LE(zlib.crc32(data), at + 10);
      header.writeUInt32LE(body.length, at + 14);
      header.writeUInt32LE(data.length, at + 18);
      header.writeUInt16LE(fileName.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, body);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// The streaming reader (large files) unzips with exceljs's other zip library, unzipper, which used
// to leave the read waiting forever on a damaged entry.
describe("damaged deflate data inside an intact zip", () => {
  const SHEET = "xl/worksheets/sheet3.xml";

  async function templateEntries(): Promise<{ name: string; data: Buffer }[]> {
    const path = join(await newDir(), "templat.xlsx");
    await writeTemplate(path, framework);
    const zip = await JSZip.loadAsync(await readFile(path));
    const names = Object.keys((zip as unknown as { files: Record<string, { dir: boolean }> }).files).filter((name) => !(zip as unknown as { files: Record<string, { dir: boolean }> }).files[name]!.dir);
    expect(names).toContain(SHEET);
    return Promise.all(names.map(async (name) => ({ name, data: Buffer.from((await zip.file(name)!.async("uint8array")) as Uint8Array) })));
  }

  const damages: [string, ((good: Buffer) => Buffer) | undefined][] = [
    ["nothing (the control: the same zip reads)", undefined],
    ["cut off halfway (a truncated stream)", (good) => good.subarray(0, Math.floor(good.length / 2))],
    ["an invalid block type", (good) => Buffer.concat([Buffer.from([0xff, 0xff]), good.subarray(2)])],
    ["garbage in the middle", (good) => Buffer.concat([good.subarray(0, 40), Buffer.alloc(200, 0x5a), good.subarray(240)])],
    ["no data at all", () => Buffer.alloc(0)],
  ];

  it.each(damages)("%s: both readers and annotate give the corrupt-file error, never a crash or a hang", async (_name, deflated) => {
    const dir = await newDir();
    const path = join(dir, "rusak.xlsx");
    await writeFile(path, writeZip(await templateEntries(), deflated && { name: SHEET, deflated }));
    const outcomes = await Promise.all([
      readWorkbook(path, { stream: false }).then(() => "read", (e: unknown) => e),
      readWorkbook(path, { stream: true }).then(() => "read", (e: unknown) => e),
      annotateWorkbook(path, join(dir, "keluaran.xlsx"), { today: "2026-05-15" }).then(() => "read", (e: unknown) => e),
    ]);
    for (const outcome of outcomes) {
      if (!deflated) {
        expect(outcome).toBe("read");
        continue;
      }
      expect(outcome).toBeInstanceOf(WorkbookReadError);
      const error = outcome as WorkbookReadError;
      expect(error.code).toBe("corrupt");
      expect(error.message).toContain(error.text("id"));
      expect(error.message).toContain(error.text("en"));
      expect(error.message).not.toMatch(/\n\s+at /);
    }
  });
});
