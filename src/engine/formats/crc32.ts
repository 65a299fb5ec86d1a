// CRC-32 (the ZIP format's checksum, polynomial 0xEDB88320), to check what
// fflate unpacked against what the ZIP's directory says the file held:
// fflate checks neither, so a file cut at a size its entry under-states, or
// bytes damaged in a stored entry, came out as a shorter or different file.

const TABLE = (() => {
  const table = new Int32Array(256 * 4);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  // Slicing by four: four bytes a step (a GB-sized ZIP is checked in about a second, not four).
  for (let n = 0; n < 256; n++) {
    for (let s = 1; s < 4; s++) {
      const prev = table[(s - 1) * 256 + n] ?? 0;
      table[s * 256 + n] = (table[prev & 0xff] ?? 0) ^ (prev >>> 8);
    }
  }
  return table;
})();

/** The CRC-32 of `bytes`, as an unsigned 32-bit number (as a ZIP directory stores it). */
export function crc32(bytes: Uint8Array): number {
  const t = TABLE;
  let c = -1;
  let i = 0;
  const end4 = bytes.length - (bytes.length % 4);
  for (; i < end4; i += 4) {
    c ^= (bytes[i] as number) | ((bytes[i + 1] as number) << 8) | ((bytes[i + 2] as number) << 16) | ((bytes[i + 3] as number) << 24);
    c = (t[768 + (c & 0xff)] as number) ^ (t[512 + ((c >>> 8) & 0xff)] as number) ^ (t[256 + ((c >>> 16) & 0xff)] as number) ^ (t[c >>> 24] as number);
  }
  for (; i < bytes.length; i++) c = (t[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
