// What a page reading XLSX with exceljs would import (bundle size only; its browser build).
export { default } from 'exceljs';
