// Two ways to pick the user's own data: a whole folder, or any set of files.
// (Dropping a folder anywhere on the page is handled by App.)
import type { ChangeEvent } from 'react';
import { readFileList, type PickedFiles } from '../data/userFiles';

// React has no typed prop for it, but every current browser supports it.
const FOLDER_ATTRIBUTES = { webkitdirectory: '', directory: '' } as Record<string, string>;

export function LoadData({ onPicked, disabled }: { onPicked: (picked: PickedFiles) => void; disabled: boolean }) {
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const list = input.files;
    if (!list || list.length === 0) return;
    void readFileList(list).then((picked) => {
      // Clearing lets the same folder be picked again after fixing a file.
      input.value = '';
      onPicked(picked);
    });
  };
  return (
    <div className="load-data" role="group" aria-label="载入数据">
      <label className={`button ${disabled ? 'disabled' : ''}`}>
        载入数据文件夹
        <input type="file" multiple className="visually-hidden" disabled={disabled} onChange={onChange} {...FOLDER_ATTRIBUTES} />
      </label>
      <label className={`button secondary ${disabled ? 'disabled' : ''}`}>
        选择文件
        <input
          type="file"
          multiple
          accept=".csv,.json,.xlsx,.parquet,text/csv,application/json"
          className="visually-hidden"
          data-testid="load-files"
          disabled={disabled}
          onChange={onChange}
        />
      </label>
    </div>
  );
}
