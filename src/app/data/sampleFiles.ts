// The sample dataset ships inside the build as ordinary same-origin assets:
// Vite copies each file and gives us its URL, so the page never asks
// another host for anything.
import type { DatasetFile } from '../../engine/files';

const SAMPLE_URLS = import.meta.glob('/data/sample/*.{csv,json}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export async function fetchSampleFiles(): Promise<DatasetFile[]> {
  const entries = Object.entries(SAMPLE_URLS).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) throw new Error('构建中没有示例数据（data/sample 为空）');
  return Promise.all(
    entries.map(async ([path, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`示例数据文件 ${path} 无法读取（HTTP ${response.status}）`);
      return { name: path.slice(path.lastIndexOf('/') + 1), bytes: new Uint8Array(await response.arrayBuffer()) };
    }),
  );
}
