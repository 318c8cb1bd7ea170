// Dependency-free PNG drawing for the icons of the add-in and the extension: images are made
// from code (reproducible, no binary blobs of unknown origin in the repository).
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

export type Rgba = readonly [number, number, number, number];

/** An RGBA PNG drawn by a pixel function. */
export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const stride = size * 4 + 1;
  const raw = Buffer.alloc(size * stride);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * stride + 1 + x * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(raw)),
    pngChunk("IEND", new Uint8Array()),
  ]);
}

/** A rounded square in `background` with a white check mark through three points (fractions of the size). */
export function checkIcon(
  size: number,
  { background, radius, stroke, check }: { background: Rgba; radius: number; stroke: number; check: readonly [number, number, number, number, number, number] },
): Buffer {
  const corner = size * radius;
  const width = Math.max(1.1, size * stroke);
  const segment = (px: number, py: number, ax: number, ay: number, bx: number, by: number): number => {
    const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
  };
  const [ax, ay, bx, by, cx2, cy2] = check.map((f) => f * size) as unknown as [number, number, number, number, number, number];
  return encodePng(size, (x, y) => {
    const cx = x + 0.5;
    const cy = y + 0.5;
    const dx = Math.max(corner - cx, 0, cx - (size - corner));
    const dy = Math.max(corner - cy, 0, cy - (size - corner));
    if (Math.hypot(dx, dy) > corner) return [0, 0, 0, 0];
    const distance = Math.min(segment(cx, cy, ax, ay, bx, by), segment(cx, cy, bx, by, cx2, cy2));
    return distance <= width ? [255, 255, 255, 255] : background;
  });
}
