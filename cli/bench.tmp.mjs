import ExcelJS from 'exceljs';
import { readFileSync, statSync } from 'node:fs';
const lines = readFileSync('examples/pegawai.csv', 'utf8').trim().split('\n').map((l) => l.split(';'));
const N = Number(process.argv[2] ?? 100000);
const mode = process.argv[3] ?? 'write';
const file = '/tmp/xl/big.xlsx';
let t = Date.now();
if (mode === 'write') {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: process.argv[4] === 'ss' });
  const ws = wb.addWorksheet('Pegawai', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(lines[0]).commit();
  for (let i = 0; i < N; i++) {
    const src = lines[1 + (i % 10)].slice();
    src[0] = String(198205142006042001n + BigInt(i) * 1000n);
    src[33] = '';
    ws.addRow(src.map((v, j) => (j === 11 || j === 12 || j === 16) && v !== '' ? Number(v.replace(',', '.')) : v)).commit();
    if ((i & 1023) === 0) await new Promise(setImmediate);
  }
  ws.commit();
  await wb.commit();
  console.log('write', Date.now() - t, 'ms', statSync(file).size, 'bytes', process.memoryUsage().rss / 1e6 | 0, 'MB');
} else {
  const r = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  let n = 0, cells = 0;
  for await (const ws of r) for await (const row of ws) { n++; row.eachCell((c) => { cells++; }); }
  console.log('read', n, cells, Date.now() - t, 'ms', process.memoryUsage().rss / 1e6 | 0, 'MB');
}
