// How the built-in sample is named on screen; shared by the live load and the build-time snapshot so the badge never changes when the engine takes over.
export const SAMPLE_DATASET_ID = 'sample';
export const SAMPLE_DATASET_NAME = '内置演示数据集';
