// exceljs's XML parsing without its event batches, for the CLI's own reads (check and annotate).
//
// exceljs parses each part (BaseXform.parseStream) through parse-sax.js, which collects every
// saxes event of a 16 KB chunk as an object in an array, yields the array through an async
// generator, and then hands each event to the part's xform (parseOpen, parseText, parseClose).
// Inside `directParse`, saxes hands the events to the xform as it emits them: the same events, in
// the same order, to the same methods, with the same end (the part's closing tag, or the end of
// the stream) and the same error (saxes's, thrown after the chunk that raised it). No event
// objects, arrays or generator steps: ≈ 6% of a workbook load. Outside the scope (exceljs's own
// reads, such as the benchmark's read floor) exceljs is unchanged.
import { AsyncLocalStorage } from "node:async_hooks";
import { requireFromExceljs } from "./exceljs-internals.ts";

type Xform = {
  model: unknown;
  parseOpen(node: unknown): unknown;
  parseText(text: string): unknown;
  parseClose(name: string): boolean;
  parseStream(stream: unknown): Promise<unknown>;
};
type Saxes = { on(event: string, listener: (value: never) => void): void; write(text: string): void };

const BaseXform = requireFromExceljs("exceljs/lib/xlsx/xform/base-xform.js") as { prototype: Xform };
const { SaxesParser } = requireFromExceljs("saxes") as { SaxesParser: new () => Saxes };
const { bufferToString } = requireFromExceljs("exceljs/lib/utils/browser-buffer-decode.js") as { bufferToString(chunk: unknown): string };
const { PassThrough } = requireFromExceljs("readable-stream") as { PassThrough: new () => unknown };

/** exceljs's own parseStream (for tests, and outside the scope). */
export const exceljsParseStream = BaseXform.prototype.parseStream;

const scope = new AsyncLocalStorage<true>();

/** Runs FN (a workbook load) with its parts parsed event by event. */
export function directParse<T>(fn: () => Promise<T>): Promise<T> {
  return scope.run(true, fn);
}

export async function directParseStream(this: Xform, stream: unknown): Promise<unknown> {
  if (!scope.getStore()) return exceljsParseStream.call(this, stream);
  // As parse-sax.js: an old-style stream is read through a PassThrough.
  const source = stream as { pipe?: (to: unknown) => unknown; [Symbol.asyncIterator]?: unknown };
  const chunks = (source.pipe && !source[Symbol.asyncIterator] ? source.pipe(new PassThrough()) : source) as AsyncIterable<unknown>;
  const saxes = new SaxesParser();
  let error: unknown;
  let done = false;
  saxes.on("error", (e: unknown) => (error = e));
  // As BaseXform.parse: the part ends when parseClose says so; nothing after it is read.
  saxes.on("opentag", (node: unknown) => done || void this.parseOpen(node));
  saxes.on("text", (text: string) => done || void this.parseText(text));
  saxes.on("closetag", (node: { name: string }) => done || (done = !this.parseClose(node.name)));
  for await (const chunk of chunks) {
    saxes.write(bufferToString(chunk));
    if (error) throw error;
    if (done) break;
  }
  return this.model;
}

/** Makes exceljs parse event by event inside `directParse`; idempotent. */
export function installDirectParse(): void {
  BaseXform.prototype.parseStream = directParseStream;
}
