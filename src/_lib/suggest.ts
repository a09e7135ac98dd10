/**
 * "Did you mean…?": the known name closest to a misspelt one, for messages about
 * unknown keys. Case is ignored; a swap of two neighbouring letters costs one edit.
 */

/** Edit distance (optimal string alignment: insert, delete, replace, swap neighbours). */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** Case, `_`, `-` and spaces do not count: `kinerja_score` is `kinerjaScore` misspelt. */
const fold = (text: string): string => text.toLowerCase().replace(/[\s_-]/g, '');

/**
 * The candidate closest to `word`, or `undefined` when none is close. Both are folded
 * (case, `_`, `-` and spaces ignored); a candidate is close within a third of its length
 * in edits (at least 2; 1 for names of up to 3 letters) and fewer edits than either has
 * letters, or when one is the other with letters added at the end (`eligibleBox` →
 * `eligibleBoxes`). A word longer than 64 letters gets no suggestion. Ties go to the
 * earlier candidate.
 */
export function _closest(word: string, candidates: readonly string[]): string | undefined {
  const w = fold(word);
  if (w.length === 0 || w.length > 64) return undefined;
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const c = fold(candidate);
    const prefix = Math.min(w.length, c.length) >= 4 && (c.startsWith(w) || w.startsWith(c));
    const limit = c.length <= 3 ? 1 : Math.max(2, Math.floor(c.length / 3));
    if (!prefix && Math.abs(c.length - w.length) > limit) continue;
    const d = distance(w, c);
    if (((d <= limit && d < Math.max(w.length, c.length)) || prefix) && d < bestScore) {
      best = candidate;
      bestScore = d;
    }
  }
  return best;
}
