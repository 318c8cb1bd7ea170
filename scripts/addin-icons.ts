// Writes the add-in's ribbon and store icons (16, 32, 64, 80 px) as small PNGs, so the
// images are reproducible from code instead of binary blobs of unknown origin.
// Run: npx tsx scripts/addin-icons.ts
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG from a pixel function. */
export function encodePng(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array()),
  ]);
}

/** Excel green rounded square with a white check mark. */
function iconPixel(size: number) {
  const radius = size * 0.18;
  const distanceToSegment = (px: number, py: number, ax: number, ay: number, bx: number, by: number) => {
    const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
  };
  const stroke = Math.max(1.2, size * 0.09);
  return (x: number, y: number): [number, number, number, number] => {
    const cx = x + 0.5;
    const cy = y + 0.5;
    const dx = Math.max(radius - cx, 0, cx - (size - radius));
    const dy = Math.max(radius - cy, 0, cy - (size - radius));
    if (Math.hypot(dx, dy) > radius) return [0, 0, 0, 0];
    const s = size;
    const check = Math.min(
      distanceToSegment(cx, cy, s * 0.25, s * 0.52, s * 0.43, s * 0.7),
      distanceToSegment(cx, cy, s * 0.43, s * 0.7, s * 0.76, s * 0.32),
    );
    return check <= stroke ? [255, 255, 255, 255] : [0x10, 0x7c, 0x41, 255];
  };
}

export function writeIcons(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = resolve(folder, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, iconPixel(size)));
    return file;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = resolve(dirname(fileURLToPath(import.meta.url)), "../assets/addin/icons");
  for (const file of writeIcons(folder)) console.log(file);
}
