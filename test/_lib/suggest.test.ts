import { describe, expect, it } from 'vitest';
import { _closest } from '../../src/_lib/suggest';

describe('_closest', () => {
  it('finds the known key a misspelt one stands for', () => {
    expect(_closest('eligibleBox', ['gate', 'eligibleBoxes', 'cutOffs'])).toBe('eligibleBoxes');
    expect(_closest('nama', ['date', 'kind', 'name'])).toBe('name');
    expect(_closest('gaet', ['gate', 'eligibleBoxes'])).toBe('gate');
    expect(_closest('ANCHORWEEKDAYS', ['anchorWeekdays', 'collectiveFlexibleWeekdays'])).toBe('anchorWeekdays');
    expect(_closest('maxFlexibleDays', ['maxFlexibleDaysPerWeek', 'exceptionMaxFlexibleDaysPerWeek'])).toBe('maxFlexibleDaysPerWeek');
  });

  it('suggests nothing when no known key is close', () => {
    expect(_closest('zzz', ['gate', 'eligibleBoxes'])).toBeUndefined();
    expect(_closest('x', ['id', 'en'])).toBeUndefined();
    expect(_closest('foo', [])).toBeUndefined();
  });

  it('prefers the closest, then the earlier, candidate', () => {
    expect(_closest('dat', ['date', 'data'])).toBe('date');
    expect(_closest('weeklyMinute', ['ramadanWeeklyMinutes', 'weeklyMinutes'])).toBe('weeklyMinutes');
  });
});
