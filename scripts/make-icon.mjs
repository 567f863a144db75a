// Draws images/icon.png (128×128): an opening quotation mark and a check tick on a rounded square.
// Plain zlib + CRC, no image library; run once, the PNG is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const SS = 4; // supersamples per axis, for smooth edges
const BG = [27, 58, 102];
const FG = [255, 255, 255];
const TICK = [110, 214, 140];

const inRoundedSquare = (x, y) => {
  const r = 24;
  const cx = Math.min(Math.max(x, r), N - r);
  const cy = Math.min(Math.max(y, r), N - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
// A quotation mark "“": a round dot with a tail curving up to the right.
const inMark = (x, y, ox, oy) => {
  const dot = (x - ox) ** 2 + (y - oy) ** 2 <= 13 ** 2;
  const tail =
    (x - (ox + 13)) ** 2 + (y - oy) ** 2 <= 26 ** 2 &&
    (x - (ox + 13)) ** 2 + (y - oy) ** 2 >= 14 ** 2 &&
    y < oy &&
    x < ox + 13 &&
    x > ox - 13;
  return dot || tail;
};
const distToSegment = (px, py, ax, ay, bx, by) => {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};
const inTick = (x, y) => Math.min(distToSegment(x, y, 66, 92, 80, 106), distToSegment(x, y, 80, 106, 108, 72)) <= 6;

function pixel(x, y) {
  const acc = [0, 0, 0, 0];
  for (let i = 0; i < SS; i++) {
    for (let j = 0; j < SS; j++) {
      const sx = x + (i + 0.5) / SS;
      const sy = y + (j + 0.5) / SS;
      if (!inRoundedSquare(sx, sy)) continue;
      const c = inTick(sx, sy) ? TICK : inMark(sx, sy, 38, 56) || inMark(sx, sy, 76, 56) ? FG : BG;
      acc[0] += c[0];
      acc[1] += c[1];
      acc[2] += c[2];
      acc[3] += 255;
    }
  }
  const n = SS * SS;
  const a = acc[3] / n;
  return a
    ? [acc[0] / (acc[3] / 255), acc[1] / (acc[3] / 255), acc[2] / (acc[3] / 255), a].map(Math.round)
    : [0, 0, 0, 0];
}

const raw = Buffer.alloc(N * (1 + N * 4));
for (let y = 0; y < N; y++) {
  raw[y * (1 + N * 4)] = 0; // filter: none
  for (let x = 0; x < N; x++) raw.set(pixel(x, y), y * (1 + N * 4) + 1 + x * 4);
}

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
const crc32 = (buf) => {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
