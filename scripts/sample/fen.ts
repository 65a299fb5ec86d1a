// Reading money and ratios back from the written files, exactly.

/** "1234.5" / "-3.07" → fen. */
export function fenOf(text: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new Error(`not money: ${text}`);
  const fen = BigInt(m[2] ?? '0') * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] === '-' ? -fen : fen;
}

/** num/den as a decimal string with `places` decimals, half away from zero. */
export function ratioText(num: bigint, den: bigint, places: number): string {
  if (den === 0n) return 'n/a';
  const neg = num < 0n !== den < 0n && num !== 0n;
  const a = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const scale = 10n ** BigInt(places);
  const q = (a * scale * 2n + d) / (2n * d);
  const s = q.toString().padStart(places + 1, '0');
  const body = places > 0 ? `${s.slice(0, s.length - places)}.${s.slice(s.length - places)}` : s;
  return `${neg ? '-' : ''}${body}`;
}

export function yuan(fen: bigint): string {
  return ratioText(fen, 100n, 2);
}
