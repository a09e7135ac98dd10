// The pages of a PDF written by Chromium (`page.pdf`) and the text on each, enough for
// the browser check to see what a printed roster holds page by page. Reads what Skia's
// PDF writer produces: plain objects (no object streams), Flate-compressed content,
// Type0 fonts with a ToUnicode map, and text shown with hex strings (`Tj`/`TJ`). Not a
// general PDF reader: anything else throws, so that the check fails rather than passes
// on a PDF it cannot read.
import { inflateSync } from 'node:zlib';

/**
 * The text of every page of a PDF, in page order; text objects (`BT … ET`) end with a
 * line break.
 *
 * @param {Buffer} pdf
 * @returns {string[]}
 */
export function pdfPageTexts(pdf) {
  const raw = pdf.toString('latin1');
  /** Object number → its text and where that text starts. */
  const objects = new Map();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(Number(m[1]), { body: m[2], at: m.index + m[0].indexOf(m[2]) });
  const object = (n) => {
    const o = objects.get(n);
    if (o === undefined) throw new Error(`PDF object ${n} not found (object streams are not read)`);
    return o;
  };
  const dictOf = (n) => {
    const { body } = object(n);
    const i = body.indexOf('stream');
    return i === -1 ? body : body.slice(0, i);
  };
  const streamOf = (n) => {
    const o = object(n);
    let start = o.at + o.body.indexOf('stream') + 'stream'.length;
    if (raw[start] === '\r') start++;
    if (raw[start] === '\n') start++;
    const data = pdf.subarray(start, o.at + o.body.lastIndexOf('endstream'));
    return (/\/FlateDecode/.test(dictOf(n)) ? inflateSync(data) : data).toString('latin1');
  };
  const refs = (text) => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const codes = (hex) => {
    const out = [];
    for (let i = 0; i + 4 <= hex.length; i += 4) out.push(parseInt(hex.slice(i, i + 4), 16));
    return out;
  };
  const utf16 = (hex) => String.fromCharCode(...codes(hex));

  /** Font object → (glyph code → text), from its ToUnicode CMap. */
  const unicodeMaps = new Map();
  const unicodeOf = (font) => {
    let map = unicodeMaps.get(font);
    if (map !== undefined) return map;
    map = new Map();
    const ref = /\/ToUnicode (\d+) 0 R/.exec(dictOf(font));
    if (ref === null) throw new Error(`PDF font ${font} has no ToUnicode map`);
    const cmap = streamOf(Number(ref[1]));
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(m[1], 16), utf16(m[2]));
    }
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
        const low = parseInt(m[1], 16);
        const high = parseInt(m[2], 16);
        if (m[3].startsWith('[')) {
          [...m[3].matchAll(/<([0-9A-Fa-f]+)>/g)].forEach((d, i) => map.set(low + i, utf16(d[1])));
        } else {
          const base = codes(m[3].slice(1, -1));
          for (let c = low; c <= high; c++) map.set(c, String.fromCharCode(...base.slice(0, -1), base[base.length - 1] + c - low));
        }
      }
    }
    unicodeMaps.set(font, map);
    return map;
  };

  const pages = [];
  const walk = (n) => {
    const dict = dictOf(n);
    if (/\/Type\s*\/Pages\b/.test(dict)) {
      for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(dict)[1])) walk(kid);
      return;
    }
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(dict);
    if (fontDict === null && !/\/Font\s/.test(dict)) {
      pages.push('');
      return;
    }
    if (fontDict === null) throw new Error(`PDF page ${n}: fonts given by reference are not read`);
    const fonts = new Map([...fontDict[1].matchAll(/\/([\w.-]+)\s+(\d+) 0 R/g)].map((m) => [m[1], Number(m[2])]));
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict);
    let text = '';
    for (const stream of contents === null ? [] : refs(contents[1])) {
      let unicode;
      for (const op of streamOf(stream).matchAll(/\/([\w.-]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ|\bET\b/g)) {
        if (op[1] !== undefined) {
          unicode = unicodeOf(fonts.get(op[1]));
        } else if (op[2] !== undefined || op[3] !== undefined) {
          const strings = op[2] !== undefined ? [op[2]] : [...op[3].matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => m[1]);
          for (const s of strings) for (const code of codes(s)) text += unicode?.get(code) ?? '';
        } else {
          text += '\n';
        }
      }
    }
    pages.push(text);
  };
  const root = /\/Type\s*\/Catalog[\s\S]*?\/Pages (\d+) 0 R/.exec(raw) ?? /\/Pages (\d+) 0 R/.exec(raw);
  if (root === null) throw new Error('PDF has no page tree');
  walk(Number(root[1]));
  return pages;
}

/**
 * The number of page objects (`/Type /Page`) in a PDF, counted in its bytes.
 *
 * @param {Buffer} pdf
 * @returns {number}
 */
export function pdfPageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}
