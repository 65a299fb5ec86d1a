import { describe, expect, it } from 'vitest';
import { sameFiles } from '../../src/app/data/sameFiles';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('sameFiles (the sample loaded again keeps its 示例数据 label)', () => {
  const sample = [file('regions.csv', 'a,b\n1,2\n'), file('policy.json', '{}')];
  it('is true for the same names and bytes, in any order and under a folder', async () => {
    expect(await sameFiles([file('sample/policy.json', '{}'), file('sample/regions.csv', 'a,b\n1,2\n')], sample)).toBe(true);
    // A folder pick gives Blobs.
    const blobs = sample.map((f) => ({ name: f.name, blob: new Blob([f.bytes]) }));
    expect(await sameFiles(blobs, sample)).toBe(true);
  });
  it('is false when a byte, a file or a name differs', async () => {
    expect(await sameFiles([file('regions.csv', 'a,b\n1,3\n'), file('policy.json', '{}')], sample)).toBe(false);
    expect(await sameFiles([file('regions.csv', 'a,b\n1,2\n')], sample)).toBe(false);
    expect(await sameFiles([file('regions2.csv', 'a,b\n1,2\n'), file('policy.json', '{}')], sample)).toBe(false);
    expect(await sameFiles([], [])).toBe(false);
  });
});
