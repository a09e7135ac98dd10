import { describe, expect, it } from 'vitest';
import { _closest, _closestAll } from '../../src/_lib/suggest';

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

describe('_closestAll', () => {
  it('names every close candidate, closest first', () => {
    expect(_closestAll('pranata-komputer', ['perawat', 'pranata-komputer-pengembang', 'pranata-komputer-dukungan'])).toEqual([
      'pranata-komputer-dukungan',
      'pranata-komputer-pengembang',
    ]);
    expect(_closestAll('perawta', ['bidan', 'perawat', 'perencana'])).toEqual(['perawat']);
  });

  it('keeps at most the number asked for, ties in the order given', () => {
    expect(_closestAll('abcd', ['abce', 'abcf', 'abcg', 'abch'], 2)).toEqual(['abce', 'abcf']);
    expect(_closestAll('abcd', ['abce'], 0)).toEqual([]);
  });

  it('names nothing for an exact match, a far word, an empty or a very long one', () => {
    expect(_closestAll('perawat', ['perawat'])).toEqual([]);
    expect(_closestAll('zzzz', ['perawat'])).toEqual([]);
    expect(_closestAll('', ['a'])).toEqual([]);
    expect(_closestAll('a'.repeat(65), ['a'.repeat(64)])).toEqual([]);
  });

  it('names a candidate given twice once', () => {
    expect(_closestAll('perawt', ['perawat', 'perawat'])).toEqual(['perawat']);
  });
});
