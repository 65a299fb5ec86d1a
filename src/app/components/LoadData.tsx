// Two ways to pick the user's own data: a whole folder (or a folder of
// folders, one per city: merged), or any set of files (a ZIP of folders too).
// (Dropping a folder anywhere on the page is handled by App.)
import type { ChangeEvent } from 'react';
import { texts } from '../../domain/lang';
import { useLang } from '../i18n/LangProvider';
import { readFileList, type PickedFiles } from '../data/userFiles';

const TEXT = texts(
  { folder: '载入数据文件夹', files: '选择文件', group: '载入数据' },
  { folder: 'Load data folder', files: 'Choose files', group: 'Load data' },
);

// React has no typed prop for it, but every current browser supports it.
const FOLDER_ATTRIBUTES = { webkitdirectory: '', directory: '' } as Record<string, string>;

interface LoadDataProps {
  onPicked: (picked: PickedFiles) => void;
  disabled: boolean;
  folderLabel?: string;
  folderTestId?: string;
  filesTestId?: string;
}

/** The header's pickers, and the data page's (same inputs, its own labels and test ids). */
export function LoadData({ onPicked, disabled, folderLabel, folderTestId, filesTestId = 'load-files' }: LoadDataProps) {
  const t = TEXT[useLang()];
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const list = input.files;
    // An empty folder picked is a pick, of nothing: loading it says which files are missing, as the
    // command line does (it did nothing at all). No file chosen from the file dialog is no pick.
    if (!list || (list.length === 0 && !input.hasAttribute('webkitdirectory'))) return;
    void readFileList(list).then((picked) => {
      // Clearing lets the same folder be picked again after fixing a file.
      input.value = '';
      onPicked(list.length === 0 ? { ...picked, emptyFolder: true } : picked);
    });
  };
  return (
    <div className="load-data" role="group" aria-label={t.group}>
      <label className={`button ${disabled ? 'disabled' : ''}`}>
        {folderLabel ?? t.folder}
        <input
          type="file"
          multiple
          className="visually-hidden"
          data-testid={folderTestId}
          disabled={disabled}
          onChange={onChange}
          {...FOLDER_ATTRIBUTES}
        />
      </label>
      <label className={`button secondary ${disabled ? 'disabled' : ''}`}>
        {t.files}
        <input
          type="file"
          multiple
          accept=".csv,.json,.xlsx,.parquet,.zip,text/csv,application/json,application/zip"
          className="visually-hidden"
          data-testid={filesTestId}
          disabled={disabled}
          onChange={onChange}
        />
      </label>
    </div>
  );
}
