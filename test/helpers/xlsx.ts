import ExcelJS from 'exceljs';

/**
 * What a workbook shows its reader, read back with exceljs: each sheet's name and the text of every cell (a number as
 * JavaScript prints it).
 */
export async function workbookTexts(file: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const texts: string[] = [];
  book.eachSheet((sheet) => {
    texts.push(sheet.name);
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' || typeof cell.value === 'number') texts.push(String(cell.value));
      });
    });
  });
  return texts;
}
