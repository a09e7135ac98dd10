import * as z from 'zod/mini';
import { WORKING_WEEKDAYS, type Weekday } from '../../_lib/dates';
import { _addIssue } from '../../_lib/schema';

/**
 * An approved exception to the weekly cap on flexible location (PermenPANRB 4/2025
 * Art. 13(1)): `TUGAS_LUAR`, duties that must be done outside the office, or
 * `KEADAAN_KHUSUS`, special personal circumstances.
 */
export type CapException = 'TUGAS_LUAR' | 'KEADAAN_KHUSUS';

/** Every cap exception PermenPANRB 4/2025 knows. */
export const CAP_EXCEPTIONS = ['TUGAS_LUAR', 'KEADAAN_KHUSUS'] as const satisfies readonly CapException[];

/** How days are split between the office and flexible work, and how a unit stays staffed. */
export interface WorkPatternPolicy {
  /**
   * Most flexible (location) days an employee may have in one ISO week. Jabar 2023: 4
   * ("4-1"); PermenPANRB 4/2025 Art. 13(1): 2.
   */
  readonly maxFlexibleDaysPerWeek: number;
  /** Approved exceptions that lift {@link WorkPatternPolicy.maxFlexibleDaysPerWeek} for an employee. */
  readonly capExceptions: readonly CapException[];
  /** Weekly cap of an employee with an approved exception (their own entitlement, at most this). Default 5 [D]. */
  readonly exceptionMaxFlexibleDaysPerWeek: number;
  /** Share of the staff present (not on leave, not on field duty) that stays on site each working day, in %. Default 50 [D]. */
  readonly minOnsitePercent: number;
  /** Fewest staff on site on a working day, whatever the percentage gives. Default 1 [D]: an office is never left empty. */
  readonly minOnsiteHeadcount: number;
  /** Minutes of a flexible day that stay regular time: online and reachable. Default 240 [D]. */
  readonly coreOnlineMinutes: number;
  /**
   * Weekdays on which a whole unit works flexibly (Jabar's Thursday work-from-home from
   * November 2025). Units that serve the public directly are exempt. Default none.
   */
  readonly collectiveFlexibleWeekdays: readonly Weekday[];
  /** Whether a collective flexible day counts toward an employee's weekly cap. Default `true` [D] (PermenPANRB 4/2025 Pasal 13: the cap counts every day of flexible location). */
  readonly collectiveCountsTowardCap: boolean;
  /**
   * Weekdays a unit may be approved to work flexibly as a whole, on top of
   * {@link WorkPatternPolicy.collectiveFlexibleWeekdays} (its `approvedCollectiveWeekdays`).
   * Jabar 2026 (SE 188/KPG.03/BKD): `JUMAT`, on BKD's approval. Absent or empty: none.
   */
  readonly approvableCollectiveWeekdays?: readonly Weekday[];
  /**
   * Weekdays on which no unit has a flexible day (a Monday apel for every unit); a unit's
   * own `anchorWeekdays` add to them. Absent or empty: none.
   */
  readonly anchorWeekdays?: readonly Weekday[];
  /**
   * Whether a unit that serves the public directly keeps all its staff on site: no
   * flexible day at all, not only no collective one. Jabar's 50:50 scheme of December
   * 2025 (SE 150/KPG.03/BKD): units with direct public service stay in the office.
   * Absent: `false`.
   */
  readonly publicServiceUnitsOnSite?: boolean;
}

/** Schema of a working weekday `SENIN` … `JUMAT`. */
export const WorkingWeekdaySchema = /* @__PURE__ */ (() => z.enum(WORKING_WEEKDAYS))();

/** Schema of {@link WorkPatternPolicy}. */
export const WorkPatternPolicySchema = /* @__PURE__ */ (() => z.strictObject({
  maxFlexibleDaysPerWeek: z.number().check(z.int(), z.minimum(0), z.maximum(5)),
  capExceptions: z.array(z.enum(CAP_EXCEPTIONS)),
  exceptionMaxFlexibleDaysPerWeek: z.number().check(z.int(), z.minimum(0), z.maximum(5)),
  minOnsitePercent: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
  minOnsiteHeadcount: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)),
  coreOnlineMinutes: z.number().check(z.int(), z.minimum(0), z.maximum(1440)),
  collectiveFlexibleWeekdays: z.array(WorkingWeekdaySchema),
  collectiveCountsTowardCap: z.boolean(),
  approvableCollectiveWeekdays: z.exactOptional(z.array(WorkingWeekdaySchema)),
  anchorWeekdays: z.exactOptional(z.array(WorkingWeekdaySchema)),
  publicServiceUnitsOnSite: z.exactOptional(z.boolean()),
}).check(z.superRefine((value, ctx) => {
    if (value.exceptionMaxFlexibleDaysPerWeek < value.maxFlexibleDaysPerWeek) {
      _addIssue(
        ctx,
        'exception_cap_below_cap',
        {
          id: 'Batas hari fleksibel dengan pengecualian tidak boleh lebih kecil dari batas biasa',
          en: 'The cap with an exception must not be below the ordinary cap',
        },
        ['exceptionMaxFlexibleDaysPerWeek'],
      );
    }
    for (const key of ['collectiveFlexibleWeekdays', 'approvableCollectiveWeekdays', 'anchorWeekdays'] as const) {
      const list = value[key] ?? [];
      if (new Set(list).size !== list.length) {
        _addIssue(ctx, 'duplicate_value', { id: 'Hari tidak boleh berulang', en: 'Weekdays must not repeat' }, [key]);
      }
    }
    // An anchor weekday (everyone on site) cannot also be a collective flexible weekday
    // (everyone away): the allocator would keep the anchor and silently drop the other.
    const anchors = new Set(value.anchorWeekdays ?? []);
    for (const key of ['collectiveFlexibleWeekdays', 'approvableCollectiveWeekdays'] as const) {
      (value[key] ?? []).forEach((day, index) => {
        if (!anchors.has(day)) return;
        _addIssue(
          ctx,
          'anchor_weekday_collective',
          {
            id: `${day} tercantum di anchorWeekdays (semua pegawai di kantor) dan di ${key} (hari fleksibel kolektif); pilih salah satu`,
            en: `${day} is both in anchorWeekdays (everyone on site) and in ${key} (a collective flexible day); choose one`,
          },
          [key, index],
        );
      });
    }
  })))();

