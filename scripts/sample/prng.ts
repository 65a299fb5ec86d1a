// Seeded randomness for the sample: the files must be byte-identical on every
// run, so nothing here reads the clock or Math.random. Each purpose draws
// from its own stream (seed ⊕ hash of a label), so adding a story to one part
// of the sample does not reshuffle every other number.

export const SAMPLE_SEED = 20240615;

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [lo, hi], both ends included. */
  int(lo: number, hi: number): number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, enough to turn a label into a stream number. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (const ch of label) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function rngFor(label: string): Rng {
  const next = mulberry32((SAMPLE_SEED ^ hashLabel(label)) >>> 0);
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
  };
}
