// Emitted at build time by scripts/snapshot/plugin.ts: the encoded snapshot text (see data/snapshotCodec.ts).
declare module 'virtual:fundwatch-snapshot' {
  const text: string;
  export default text;
}
