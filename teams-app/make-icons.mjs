/**
 * Draws the Teams app's icons (a lifebuoy, the help center's sign) as PNG files, with no image tool: Teams asks for
 * a full-colour 192×192 icon and a 32×32 outline, white on transparent. Run once: `node teams-app/make-icons.mjs`; the
 * PNGs are committed beside this file and packaged by scripts/build-teams-package.mjs.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGBA PNG of `size`×`size` whose pixel colours `paint(x, y)` gives (x, y in 0..1, sampled 4×4 per pixel). */
function png(size, paint) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const [r, g, b, a] = paint((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
        acc[0] += r * a; acc[1] += g * a; acc[2] += b * a; acc[3] += a;
      }
      const alpha = acc[3] / 16;
      const o = 1 + x * 4;
      row[o] = alpha ? Math.round(acc[0] / acc[3]) : 0;
      row[o + 1] = alpha ? Math.round(acc[1] / acc[3]) : 0;
      row[o + 2] = alpha ? Math.round(acc[2] / acc[3]) : 0;
      row[o + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))
  ]);
}

/** Where (x, y) falls on the lifebuoy: 'band' (white part), 'stripe' (coloured part) or undefined (outside the ring). */
function lifebuoy(x, y, inner, outer) {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const r = Math.hypot(dx, dy);
  if (r < inner || r > outer) return undefined;
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI + 360;
  // Four stripes across the diagonals, 30° wide.
  return (angle + 45) % 90 < 15 || (angle + 45) % 90 > 75 ? 'stripe' : 'band';
}

const BLUE = [15, 108, 189, 255];
const WHITE = [255, 255, 255, 255];
const CORAL = [232, 105, 78, 255];
const NONE = [0, 0, 0, 0];

// Colour: the lifebuoy (white and coral) on the accent colour, full bleed as Teams crops it itself.
const color = png(192, (x, y) => {
  const part = lifebuoy(x, y, 0.17, 0.36);
  return part === 'band' ? WHITE : part === 'stripe' ? CORAL : BLUE;
});
// Outline: white on transparent, the stripes left out.
const outline = png(32, (x, y) => (lifebuoy(x, y, 0.19, 0.44) === 'band' ? WHITE : NONE));

writeFileSync(path.join(here, 'color.png'), color);
writeFileSync(path.join(here, 'outline.png'), outline);
console.log('teams-app/color.png (192×192) and teams-app/outline.png (32×32) written');
