// A PNG's size from its IHDR chunk; throws when the bytes are not a PNG.
export function pngSize(data: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!data.subarray(0, 8).equals(signature) || data.toString('ascii', 12, 16) !== 'IHDR') throw new Error('no es un PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
