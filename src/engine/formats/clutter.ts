// File names that are never data. A module of its own, with no imports:
// the page's file picker asks it before anything of the loader (workbook
// reading and all) is downloaded.

/** The last part of a path, / or \ separated. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/**
 * Folder clutter, never data: Office lock files (`~$fund_flows.xlsx`, left
 * beside a workbook open in Excel or WPS), hidden files (.DS_Store, macOS
 * resource forks `._*` and their `__MACOSX` folder), Thumbs.db. Every way in
 * (a folder on the command line, a pick or drop on the page, a ZIP) skips
 * the same files.
 */
export function isFolderClutter(path: string): boolean {
  const base = baseName(path);
  return path.split(/[/\\]/).includes('__MACOSX') || base.startsWith('.') || base.startsWith('~$') || base.toLowerCase() === 'thumbs.db';
}
