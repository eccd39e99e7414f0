// Draws images/icon.png (128×128): a page with text lines and a check mark on a blue tile.
// Run: node images/make-icon.mjs. Plain zlib + CRC32, no image library.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const px = new Uint8Array(N * N * 4);
const set = (x, y, [r, g, b, a = 255]) => {
  if (x < 0 || y < 0 || x >= N || y >= N) return;
  const i = (y * N + x) * 4;
  const t = a / 255;
  px[i] = Math.round(px[i] * (1 - t) + r * t);
  px[i + 1] = Math.round(px[i + 1] * (1 - t) + g * t);
  px[i + 2] = Math.round(px[i + 2] * (1 - t) + b * t);
  px[i + 3] = Math.max(px[i + 3], a);
};
const roundRect = (x0, y0, x1, y1, r, c) => {
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const dx = Math.max(x0 + r - x - 0.5, 0, x + 0.5 - (x1 - r));
      const dy = Math.max(y0 + r - y - 0.5, 0, y + 0.5 - (y1 - r));
      const d = Math.hypot(dx, dy) - r;
      if (d < 1) set(x, y, [c[0], c[1], c[2], Math.round(255 * Math.min(1, 1 - d))]);
    }
};
const line = (x0, y0, x1, y1, w, c) => {
  for (let y = 0; y < N; y++)
    for (let x = 0; x < N; x++) {
      const vx = x1 - x0, vy = y1 - y0;
      const t = Math.max(0, Math.min(1, ((x + 0.5 - x0) * vx + (y + 0.5 - y0) * vy) / (vx * vx + vy * vy)));
      const d = Math.hypot(x + 0.5 - (x0 + t * vx), y + 0.5 - (y0 + t * vy)) - w / 2;
      if (d < 1) set(x, y, [c[0], c[1], c[2], Math.round(255 * Math.min(1, 1 - d))]);
    }
};

roundRect(0, 0, N, N, 22, [33, 82, 150]);
roundRect(26, 16, 102, 112, 8, [250, 250, 247]);
for (const [y, w] of [[34, 50], [48, 42], [62, 50], [76, 30]]) roundRect(38, y, 38 + w, y + 6, 3, [150, 165, 185]);
for (let y = 0; y < N; y++) for (let x = 0; x < N; x++) if (Math.hypot(x + 0.5 - 90, y + 0.5 - 92) < 24) set(x, y, [46, 160, 90]);
line(78, 92, 87, 101, 7, [255, 255, 255]);
line(87, 101, 102, 83, 7, [255, 255, 255]);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) Buffer.from(px.subarray(y * N * 4, (y + 1) * N * 4)).copy(raw, y * (N * 4 + 1) + 1);
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
writeFileSync(new URL('./icon.png', import.meta.url), Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]));
