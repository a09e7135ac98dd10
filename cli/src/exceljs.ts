/**
 * exceljs, loaded when a workbook is read or written: importing it takes about a third of
 * a second, which every other run (CSV in, CSV out) would otherwise pay at start-up.
 */
import type ExcelJS from 'exceljs';

/** The exceljs module. */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
