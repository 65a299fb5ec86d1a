// The built-in dataset's fingerprint: the same files in any order give the
// same hash; a changed byte, a renamed file or bytes moved between files
// give another. The expected value is sha256sum's over the same framing.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { datasetSha256, verifyPrebuilt } from '../../../src/app/data/datasetHash';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('datasetSha256', () => {
  const files = [
    { name: 'regions.csv', bytes: bytes('code,name\n150000,内蒙古自治区\n') },
    { name: 'policy.json', bytes: bytes('{}') },
  ];

  it('hashes name, length and bytes of each file in name order', async () => {
    const framed = Buffer.concat([
      Buffer.from('policy.json\u00002\u0000{}'),
      Buffer.from(`regions.csv\u0000${files[0]!.bytes.length}\u0000`),
      Buffer.from(files[0]!.bytes),
    ]);
    const expected = createHash('sha256').update(framed).digest('hex');
    expect(await datasetSha256(files)).toBe(expected);
    expect(await datasetSha256([...files].reverse())).toBe(expected);
  });

  it('changes with a byte, a name or a boundary between files', async () => {
    const base = await datasetSha256(files);
    expect(await datasetSha256([files[0]!, { name: 'policy.json', bytes: bytes('{ }') }])).not.toBe(base);
    expect(await datasetSha256([files[0]!, { name: 'policy2.json', bytes: bytes('{}') }])).not.toBe(base);
    const moved = [
      { name: 'a', bytes: bytes('xy') },
      { name: 'b', bytes: bytes('z') },
    ];
    const shifted = [
      { name: 'a', bytes: bytes('x') },
      { name: 'b', bytes: bytes('yz') },
    ];
    expect(await datasetSha256(moved)).not.toBe(await datasetSha256(shifted));
  });
});

describe('verifyPrebuilt', () => {
  it('passes the bytes the build hashed, and names both hashes for any others', async () => {
    const bytes = new TextEncoder().encode('DUCK');
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(await verifyPrebuilt(bytes, expected)).toEqual({ ok: true, bytes });
    const other = new TextEncoder().encode('DUCJ');
    const actual = createHash('sha256').update(other).digest('hex');
    expect(await verifyPrebuilt(other, expected)).toEqual({
      ok: false,
      message: `the prebuilt dataset's SHA-256 is ${actual}, the build's ${expected}: loading its CSV files instead`,
    });
  });
});
