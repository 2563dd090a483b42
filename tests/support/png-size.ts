const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`not a PNG (starts with ${bytes.subarray(0, 8).toString('hex')})`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
