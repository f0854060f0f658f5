// Draws the toolbar icons (a lens split into the external and internal poles) as PNGs, no image library needed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const EXTERNAL: [number, number, number] = [37, 99, 235];
const INTERNAL: [number, number, number] = [234, 88, 12];
const RIM: [number, number, number] = [30, 41, 59];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function pixel(size: number, x: number, y: number): [number, number, number, number] {
  // Supersample 4x4 for smooth edges.
  let r = 0;
  let g = 0;
  let b = 0;
  let a = 0;
  const c = size / 2;
  const outer = size * 0.47;
  const inner = size * 0.36;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const px = x + (sx + 0.5) / 4 - c;
      const py = y + (sy + 0.5) / 4 - c;
      const d = Math.hypot(px, py);
      if (d > outer) continue;
      const col = d > inner ? RIM : px + py * 0.35 < 0 ? EXTERNAL : INTERNAL;
      r += col[0];
      g += col[1];
      b += col[2];
      a += 255;
    }
  }
  const n = a / 255;
  return n ? [r / n, g / n, b / n, a / 16] : [0, 0, 0, 0];
}

function png(size: number): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(size, x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
