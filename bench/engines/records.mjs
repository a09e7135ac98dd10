// bench/engines/records — the eligibility bench's records: realistic, deterministic (seeded),
// most pass most gates; every gate fails or is unknown for some. The same generator as the
// bench has used since it was written (seed 2026), so the records are the same as before.
import { rng } from '../_harness.mjs';

export const SERVICES = ['perencana', 'analis-kebijakan', 'analis-keuangan', 'arsiparis', 'bendahara', 'pengadministrasi-kepegawaian', 'perawat', 'loket-samsat', 'penyuluh-pertanian'];
const K = ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'];
const P = ['RENDAH', 'MENENGAH', 'TINGGI'];
const pad = (n, w) => String(n).padStart(w, '0');

/** Realistic records: most pass most gates; every gate fails or is unknown for some. */
export function makeRecords(n, seed) {
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const records = [];
  for (let i = 0; i < n; i++) {
    const birthYear = 1965 + Math.floor(rand() * 35);
    const nip = `${birthYear}${pad(1 + Math.floor(rand() * 12), 2)}${pad(1 + Math.floor(rand() * 28), 2)}${birthYear + 22 + Math.floor(rand() * 5)}${pad(1 + Math.floor(rand() * 12), 2)}${1 + Math.floor(rand() * 2)}${pad(i % 1000, 3)}`;
    const r = {
      nip: `${nip.slice(0, 15)}${pad(i % 1000, 3)}`.slice(0, 18),
      name: `Pegawai ${i}`,
      unitId: `unit-${Math.floor(i / 50)}`,
      position: { serviceIds: rand() < 0.8 ? [pick(SERVICES.slice(0, 6))] : [pick(SERVICES)], since: rand() < 0.95 ? '2022-07-01' : '2026-01-05', signsLetters: rand() < 0.3 },
      talent: rand() < 0.5 ? { kinerja: pick(K), potensial: pick(P), assessedOn: '2025-09-30' } : { kinerjaScore: Math.round(rand() * 10000) / 100, potensialScore: Math.round(rand() * 10000) / 100, assessedOn: '2025-03-31' },
      readiness: {
        laptop: { available: rand() < 0.95, ownership: rand() < 0.7 ? 'DINAS' : 'PRIBADI' },
        bandwidth: { downloadMbps: Math.round(rand() * 5000) / 100, uploadMbps: Math.round(rand() * 2000) / 100, measuredOn: rand() < 0.9 ? '2026-02-10' : '2025-10-01' },
        kmobActive: rand() < 0.97,
        tte: { active: rand() < 0.9 },
        workspaceDeclared: rand() < 0.95,
      },
      disciplinary: rand() < 0.97 ? { status: 'NONE' } : { status: 'SERVING', penalty: 'RINGAN', until: '2026-06-30' },
      performance: { state: { level: rand() < 0.9 ? 'NORMAL' : pick(['WASPADA', 'PERINGATAN', 'DICABUT']), flaggedStreak: 0, cleanStreak: 0, lastMonth: '2026-02' } },
    };
    const s = r.performance.state;
    if (s.level === 'NORMAL') s.cleanStreak = 3;
    else s.flaggedStreak = s.level === 'WASPADA' ? 1 : s.level === 'PERINGATAN' ? 2 : 3;
    if (rand() < 0.02) delete r.talent;
    records.push(r);
  }
  // Make the NIPs unique (a bench record set, not a realistic population of birthdays).
  const seen = new Set();
  for (const r of records) {
    while (seen.has(r.nip)) r.nip = `${r.nip.slice(0, 15)}${pad((Number(r.nip.slice(15)) + 1) % 1000, 3)}`;
    seen.add(r.nip);
  }
  return records;
}
