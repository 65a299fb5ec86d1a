// How the built-in dataset is known: one id for the live load and the
// build-time snapshot, so the header never changes when the engine takes over.
import type { Label } from '../../domain/lang';

export const BUILTIN_DATASET_ID = 'builtin';
/** The sample's name on screen; ours, not the user's, so said in both languages (another dataset built in is named by the build). */
export const SAMPLE_DATASET_NAME: Label = { zh: '内置演示数据集', en: 'Built-in sample dataset' };
