import { expect } from 'vitest';
import { isInputError, type InputIssue } from '../../src/_lib/errors';

/** Runs `fn`, expects an InputError, and returns its issues. */
export function issuesOf(fn: () => unknown): readonly InputIssue[] {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isInputError(caught), 'expected an InputError').toBe(true);
  return (caught as { issues: readonly InputIssue[] }).issues;
}

/** The codes of the issues, in order. */
export const codesOf = (issues: readonly InputIssue[]): string[] => issues.map((issue) => issue.code);

/** Each issue as `path.to.field:code` (`:code` for the input itself), in order. */
export const placesOf = (issues: readonly InputIssue[]): string[] => issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);

/** Runs `fn`, expects an InputError, and returns each issue as `{ path: 'a.b', code, message }` (both languages). */
export const exactIssuesOf = (fn: () => unknown): { path: string; code: string; message: InputIssue['message'] }[] =>
  issuesOf(fn).map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));
