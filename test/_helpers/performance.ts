import type { AttendanceInput } from '../../src/performance/index';

/**
 * A month's attendance with nothing against it: every working day present (18, the
 * working days of February 2026 — Monday 16 is cuti bersama, Tuesday 17 Imlek), no
 * absence, lateness, missing check-in or leave; `over` changes what a test is about.
 */
export const attendance = (over: Partial<AttendanceInput> = {}): AttendanceInput => ({
  daysPresent: 18,
  daysAbsentWithoutReason: 0,
  minutesLate: 0,
  minutesEarlyLeave: 0,
  flexibleDaysWithoutCheckIn: 0,
  leaveDays: 0,
  ...over,
});
