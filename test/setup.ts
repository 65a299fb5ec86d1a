// Every run repeats: property tests draw from one fixed seed (fast-check
// prints it with any counterexample). FUNDWATCH_SEED=n tries another one,
// e.g. when hunting for bugs on purpose.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FUNDWATCH_SEED ?? 20240615) });
