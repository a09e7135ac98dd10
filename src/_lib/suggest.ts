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

/** Longest candidate compared, in UTF-16 units. */
const MAX_CANDIDATE = 256;

/**
 * How far `candidate` is from `word` when it is close, or `undefined` when it is not.
 * Both are folded (case, `_`, `-` and spaces ignored); a candidate is close within a
 * third of its length in edits (at least 2; 1 for names of up to 3 letters) and fewer
 * edits than either has letters, or when one is the other with letters added at the end
 * (`eligibleBox` → `eligibleBoxes`, `pranata-komputer` → `pranata-komputer-dukungan`).
 */
function closeness(w: string, word: string, candidate: string): number | undefined {
  // No name is this long; a caller's 10 MB text is not folded nor compared letter by letter.
  if (candidate === word || candidate.length > MAX_CANDIDATE) return undefined;
  const c = fold(candidate);
  const prefix = Math.min(w.length, c.length) >= 4 && (c.startsWith(w) || w.startsWith(c));
  const limit = c.length <= 3 ? 1 : Math.max(2, Math.floor(c.length / 3));
  if (!prefix && Math.abs(c.length - w.length) > limit) return undefined;
  const d = distance(w, c);
  return (d <= limit && d < Math.max(w.length, c.length)) || prefix ? d : undefined;
}

/** A word folded for comparison, or `undefined` when it is empty or longer than 64 letters. */
function folded(word: string): string | undefined {
  const w = fold(word);
  return w.length === 0 || w.length > 64 ? undefined : w;
}

/**
 * The candidate closest to `word`, or `undefined` when none is close (see
 * {@link _closestAll} for what is close). A word longer than 64 letters gets no
 * suggestion. Ties go to the earlier candidate.
 */
export function _closest(word: string, candidates: readonly string[]): string | undefined {
  return _closestAll(word, candidates, 1)[0];
}

/**
 * The candidates close to `word`, closest first (ties in the candidates' order), at most
 * `max` of them: for an unknown id that may stand for several known ones
 * (`pranata-komputer` → `pranata-komputer-dukungan`, `pranata-komputer-pengembang`).
 * Close means: within a third of the candidate's length in edits (at least 2; 1 for
 * names of up to 3 letters) and fewer edits than either has letters, or one is the other
 * with letters added at the end; case, `_`, `-` and spaces are ignored. A word longer
 * than 64 letters gets no suggestion, nor does a candidate equal to it or longer than 256
 * characters.
 */
export function _closestAll(word: string, candidates: readonly string[], max = 3): string[] {
  const w = folded(word);
  if (w === undefined || max < 1) return [];
  const near: { candidate: string; d: number; at: number }[] = [];
  const seen = new Set<string>();
  candidates.forEach((candidate, at) => {
    if (seen.has(candidate)) return;
    seen.add(candidate);
    const d = closeness(w, word, candidate);
    if (d !== undefined) near.push({ candidate, d, at });
  });
  near.sort((a, b) => a.d - b.d || a.at - b.at);
  return near.slice(0, max).map((n) => n.candidate);
}
