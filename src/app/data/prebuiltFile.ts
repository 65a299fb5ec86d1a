// The built-in dataset's prebuilt artefact (engine/ingest/prebuilt.ts) as the
// page gets it: fetched from this origin and read only if its SHA-256 is the
// one the build wrote down. Anything else (no artefact on the dev server, a
// failed fetch, other bytes) says why and leaves the CSV files to load.
import prebuilt from 'virtual:fundwatch-prebuilt';
import type { FileReport } from '../../engine/ingest/load';
import { verifyPrebuilt } from './datasetHash';

export interface PrebuiltFile {
  bytes: Uint8Array;
  /** The build's load of the files, for the report the data page lists. */
  files: FileReport[];
}

/** The verified artefact, or null (with a warning on the console when there was one to read). */
export async function fetchPrebuilt(): Promise<PrebuiltFile | null> {
  if (prebuilt === null) return null;
  try {
    const response = await fetch(prebuilt.url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const verified = await verifyPrebuilt(new Uint8Array(await response.arrayBuffer()), prebuilt.sha256);
    if (!verified.ok) {
      console.warn(`FundWatch: ${verified.message}`);
      return null;
    }
    return { bytes: verified.bytes, files: prebuilt.files };
  } catch (e) {
    console.warn(`FundWatch: the prebuilt dataset could not be fetched (${e instanceof Error ? e.message : String(e)}): loading its CSV files instead`);
    return null;
  }
}
