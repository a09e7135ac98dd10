import { SaxesParser } from 'saxes';
import { createReadStream } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import { execSync } from 'node:child_process';
let t = Date.now();
const p = new SaxesParser();
let n = 0;
p.on('opentag', () => n++);
p.on('text', () => {});
p.on('closetag', () => {});
const s = createReadStream('/tmp/xl/x/sheet1.xml', { encoding: 'utf8' });
for await (const chunk of s) p.write(chunk);
console.log('saxes', n, Date.now() - t, 'ms');
t = Date.now();
let m = 0;
for await (const chunk of createReadStream('/tmp/xl/x/sheet1.xml', { encoding: 'utf8' })) { let i = -1; while ((i = chunk.indexOf('<c ', i + 1)) !== -1) m++; }
console.log('indexOf', m, Date.now() - t, 'ms');
