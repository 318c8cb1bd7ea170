// Writes the add-in's ribbon and store icons (16, 32, 64, 80 px) as small PNGs, so the
// images are reproducible from code instead of binary blobs of unknown origin.
// Run: npx tsx scripts/addin-icons.ts
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkIcon } from "./png.ts";

export const ICON_SIZES = [16, 32, 64, 80] as const;

/** Excel green rounded square with a white check mark. */
const addinIcon = (size: number) => checkIcon(size, { background: [0x10, 0x7c, 0x41, 255], radius: 0.18, stroke: 0.09, check: [0.25, 0.52, 0.43, 0.7, 0.76, 0.32] });

export function writeIcons(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = resolve(folder, `icon-${size}.png`);
    writeFileSync(file, addinIcon(size));
    return file;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = resolve(dirname(fileURLToPath(import.meta.url)), "../assets/addin/icons");
  for (const file of writeIcons(folder)) console.log(file);
}
