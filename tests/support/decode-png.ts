import { inflateSync } from 'node:zlib';

// A small PNG decoder for tests (8-bit RGB/RGBA, not interlaced: what resvg
// writes), so a test reads the picture's pixels instead of trusting its bytes.

export interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row after row. */
  pixels: Uint8Array;
}

const SIGNATURE = '89504e470d0a1a0a';

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(png: Buffer): DecodedPng {
  if (png.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
      channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : 0;
      if (channels === 0) throw new Error(`colour type ${body[9]} not supported`);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= channels ? (rows[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (rows[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (rows[(y - 1) * stride + x - channels] ?? 0) : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? 0] ?? 0;
      rows[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  if (channels === 4) return { width, height, pixels: rows };
  const pixels = new Uint8Array(width * height * 4);
  for (let index = 0; index < width * height; index++) {
    pixels.set(rows.subarray(index * 3, index * 3 + 3), index * 4);
    pixels[index * 4 + 3] = 255;
  }
  return { width, height, pixels };
}

/** How many pixels in rows [top, bottom) are dark (text ink, not the white page or pale cells). */
export function darkPixels(image: DecodedPng, top = 0, bottom = image.height): number {
  let count = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < image.width; x++) {
      const at = (y * image.width + x) * 4;
      const [r, g, b] = [
        image.pixels[at] ?? 0,
        image.pixels[at + 1] ?? 0,
        image.pixels[at + 2] ?? 0,
      ];
      if (r + g + b < 200) count++;
    }
  }
  return count;
}

/** How many pixels differ between two pictures of the same size. */
export function differingPixels(a: DecodedPng, b: DecodedPng): number {
  let count = 0;
  for (let index = 0; index < a.pixels.length; index += 4) {
    if (
      a.pixels[index] !== b.pixels[index] ||
      a.pixels[index + 1] !== b.pixels[index + 1] ||
      a.pixels[index + 2] !== b.pixels[index + 2]
    )
      count++;
  }
  return count;
}
