// How the built-in dataset is known: one id for the live load and the
// build-time snapshot, so the header never changes when the engine takes over.
export const BUILTIN_DATASET_ID = 'builtin';
/** The sample's name on screen (another dataset built in is named by the build). */
export const SAMPLE_DATASET_NAME = '内置演示数据集';
