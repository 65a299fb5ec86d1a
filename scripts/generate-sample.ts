// Generates the built-in sample dataset (data/sample): fictional but
// plausible Inner Mongolia data for 2022Q1–2024Q4 with planted stories.
// Deterministic (fixed seed, integer fen): running it twice gives identical
// files. Usage: npm run sample
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSample } from './sample/check';
import { loadRegions } from './sample/regions';
import { printSummary } from './sample/summary';
import { writeDataset } from './sample/writeDataset';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'data', 'sample');

const cities = loadRegions(join(root, 'data', 'reference', 'inner-mongolia-counties.csv'));

// The sample keeps its own policy.json (data/README.md): the default policy in
// the older fundwatch-policy/1 format, with both funds seasonal, since superior
// money is booked when it arrives (an advance in Q1).
writeDataset(root, out, cities, false);
// The tile map's layout of the 12 cities, hand-placed west→east and north→south
// (data/README.md); the sample's counties take the map's automatic grid.
copyFileSync(join(root, 'data', 'reference', 'inner-mongolia-tiles.csv'), join(out, 'region_tiles.csv'));

checkSample(out);
printSummary(out);

