// Draws TermScore's icons (a white shield with a check mark on a teal rounded square)
// as PNG files in assets/, with no image library: signed-distance shapes, 4x4 supersampling.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}
// Shapes in unit coordinates (0..1).
function roundedSquare(x, y) { const r = 0.2, h = 0.5 - r; const qx = Math.abs(x - 0.5) - h, qy = Math.abs(y - 0.5) - h; return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r; }
function shield(x, y) {
  // top edge at 0.17, sides at 0.25..0.75 down to 0.5, then a curve to the point at 0.86
  if (y < 0.17 || y > 0.86) return 1;
  const half = y < 0.5 ? 0.25 : 0.25 * Math.sqrt(Math.max(0, 1 - Math.pow((y - 0.5) / 0.36, 2)));
  return Math.abs(x - 0.5) - half;
}
function segDist(px, py, ax, ay, bx, by) { const dx = bx - ax, dy = by - ay; const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))); return Math.hypot(px - ax - t * dx, py - ay - t * dy); }
function check(x, y, w) { return Math.min(segDist(x, y, 0.36, 0.5, 0.46, 0.62), segDist(x, y, 0.46, 0.62, 0.65, 0.37)) - w; }
function draw(size) {
  const out = Buffer.alloc(size * size * 4);
  const ss = 4, w = size <= 16 ? 0.06 : 0.045;
  for (let py = 0; py < size; py++) for (let px = 0; px < size; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < ss; sy++) for (let sx = 0; sx < ss; sx++) {
      const x = (px + (sx + 0.5) / ss) / size, y = (py + (sy + 0.5) / ss) / size;
      if (roundedSquare(x, y) > 0) continue;
      let c = [0x0b, 0x5e, 0x6b];            // teal background
      if (shield(x, y) <= 0) c = [0xff, 0xff, 0xff];   // white shield
      if (check(x, y, w) <= 0) c = [0x0b, 0x5e, 0x6b]; // teal check mark
      r += c[0]; g += c[1]; b += c[2]; a += 255;
    }
    const n = ss * ss, i = (py * size + px) * 4;
    const cov = a / 255;
    out[i] = cov ? Math.round(r / cov) : 0; out[i + 1] = cov ? Math.round(g / cov) : 0; out[i + 2] = cov ? Math.round(b / cov) : 0; out[i + 3] = Math.round(a / n);
  }
  return png(size, out);
}
const dir = path.join(__dirname, "..", "assets");
fs.mkdirSync(dir, { recursive: true });
// Ribbon buttons: 16, 32 and 80 required, 20, 24, 40, 48 and 64 for high-DPI screens; 64 is also the
// high-resolution add-in icon and 128 the store listing icon.
for (const size of [16, 20, 24, 32, 40, 48, 64, 80, 128]) fs.writeFileSync(path.join(dir, `icon-${size}.png`), draw(size));
console.log("icons written to assets/");
