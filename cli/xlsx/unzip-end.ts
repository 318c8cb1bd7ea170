// The streaming reader's zip parser ends after its last entry has been read, not before.
//
// exceljs's streaming reader takes the entries of the file from unzipper's Parse stream through
// its iterateStream, which pauses the stream while exceljs works on an entry (writes a worksheet
// to a temporary file, parses the shared strings) and stops at the stream's 'end'. Parse emits
// 'end' itself as soon as it has parsed the whole file (on 'finish'), while the entries it has
// queued in the meantime are still unread: iterateStream stopped there and the rest of the file
// was lost. A worksheet that comes before the shared strings (exceljs writes them so) then met a
// missing workbook part, and a small file, or a large one whose last entries are small, read as
// corrupt now and then. Here that early 'end' is dropped: the stream's own 'end', which Node emits
// once every queued entry has been read (Parse pushes its end after the last record), remains.
import type { Readable } from "node:stream";
import { requireFromExceljs } from "./exceljs-internals.ts";

type ParseStream = Readable & { _readableState: { endEmitted: boolean } };
const Parse = requireFromExceljs("unzipper/lib/parse.js") as { prototype: ParseStream };

/** unzipper's own emit for its Parse streams (EventEmitter's, for tests). */
export const unzipperParseEmit = Parse.prototype.emit;

export function emitWithoutEarlyEnd(this: ParseStream, event: string | symbol, ...args: unknown[]): boolean {
  // Node marks the readable side ended before it emits its own 'end'.
  if (event === "end" && !this._readableState.endEmitted) return false;
  return unzipperParseEmit.call(this, event, ...args);
}

/** Makes unzipper's Parse stream end after its last entry has been read; idempotent. */
export function installUnzipEnd(): void {
  Parse.prototype.emit = emitWithoutEarlyEnd as ParseStream["emit"];
}
