// A one-line progress bar on stderr for long batches. Only on a terminal: in a pipe, a log
// file or CI it writes nothing, so redirected output stays clean.
import type { Stream } from "./commands/common.ts";

export type Progress = { tick(label: string): void; done(): void };

/** Below this many files the run is over before a bar is worth drawing. */
export const PROGRESS_MIN_FILES = 4;

const silent: Progress = { tick() {}, done() {} };

export function startProgress(total: number, stream: Stream): Progress {
  if (!stream.isTTY || total < PROGRESS_MIN_FILES) return silent;
  let count = 0;
  const width = 24;
  return {
    tick(label) {
      count++;
      const filled = Math.round(((count - 1) / total) * width);
      const columns = stream.columns ?? 80;
      const head = `[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${count}/${total} `;
      const room = Math.max(0, columns - head.length - 1);
      const name = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
      // \r + erase line: the bar redraws in place.
      stream.write(`\r\x1b[2K${head}${name}`);
    },
    done() {
      stream.write("\r\x1b[2K");
    },
  };
}
