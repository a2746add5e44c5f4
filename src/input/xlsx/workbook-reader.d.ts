// exceljs' streaming workbook reader, loaded by its own path (read-xlsx.ts): exceljs' typings
// describe only the package's main module. read-xlsx.ts states the parts of it thads uses.
declare module 'exceljs/lib/stream/xlsx/workbook-reader.js' {
  const WorkbookReader: new (file: string, options: Record<string, string>) => unknown;
  export default WorkbookReader;
}
