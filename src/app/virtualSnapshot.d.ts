// Emitted at build time by scripts/snapshot/plugin.ts: the encoded snapshot text (see data/snapshotCodec.ts).
declare module 'virtual:fundwatch-snapshot' {
  const text: string;
  export default text;
}

// The same, for the snapshot's reach (data/snapshot.ts, SnapshotReach).
declare module 'virtual:fundwatch-snapshot-reach' {
  const text: string;
  export default text;
}

// Emitted at build time by scripts/build/dataset.ts: the dataset built into the page.
declare module 'virtual:fundwatch-dataset' {
  const dataset: {
    name: { zh: string; en: string };
    isSample: boolean;
    files: { name: string; url: string }[];
  };
  export default dataset;
}

// Emitted by a build (scripts/snapshot/plugin.ts): the built-in dataset as a
// DuckDB database file, its SHA-256 and the load's file list; null on the dev server.
declare module 'virtual:fundwatch-prebuilt' {
  const prebuilt: {
    url: string;
    sha256: string;
    files: import('../engine/ingest/load').FileReport[];
  } | null;
  export default prebuilt;
}
