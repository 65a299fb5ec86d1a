// What a page reading XLSX with SheetJS would import (bundle size only).
export { read, utils } from 'xlsx';
