import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/_lib/errors';
import { issuesOf } from '../_helpers/input-error';
import { definePolicy, jabarMkd2023, jabarMkd2025, selectPolicy } from '../../src/policy/index';

const codeOf = (fn: () => unknown): string | undefined => issuesOf(fn)[0]?.code;

describe('selectPolicy', () => {
  it('picks the latest policy in force on the date', () => {
    expect(selectPolicy([jabarMkd2023, jabarMkd2025], '2023-06-19').id).toBe('jabar-mkd-2023');
    expect(selectPolicy([jabarMkd2023, jabarMkd2025], '2025-04-20').id).toBe('jabar-mkd-2023');
    expect(selectPolicy([jabarMkd2025, jabarMkd2023], '2025-04-21').id).toBe('jabar-mkd-2025');
    expect(selectPolicy([jabarMkd2023, jabarMkd2025], '2026-11-27').id).toBe('jabar-mkd-2025');
  });

  it('throws when no policy is in force yet', () => {
    expect(codeOf(() => selectPolicy([jabarMkd2023, jabarMkd2025], '2023-06-18'))).toBe('no_policy_in_force');
    expect(codeOf(() => selectPolicy([], '2026-01-01'))).toBe('no_policy_in_force');
  });

  it('throws when the two policies in force start on the same day', () => {
    const twin = definePolicy(jabarMkd2025, { id: 'twin' });
    expect(codeOf(() => selectPolicy([jabarMkd2023, jabarMkd2025, twin], '2026-01-01'))).toBe('ambiguous_policy');
  });

  it('is not troubled by a tie among policies no longer in force', () => {
    const oldTwin = definePolicy(jabarMkd2023, { id: 'old-twin' });
    expect(selectPolicy([jabarMkd2023, oldTwin, jabarMkd2025], '2026-01-01').id).toBe('jabar-mkd-2025');
  });

  it('rejects an impossible date and an invalid policy with its index', () => {
    expect(codeOf(() => selectPolicy([jabarMkd2025], '2026-02-30'))).toBe('invalid_date');
    try {
      selectPolicy([jabarMkd2025, { id: 'broken' } as never], '2026-01-01');
      expect.unreachable();
    } catch (error) {
      expect(isInputError(error) && error.issues[0]?.path.slice(0, 2)).toEqual(['policies', 1]);
    }
  });
});
