import { describe, expect, it } from 'vitest';
import { guardFormula, unguardFormula } from './formula-guard';

describe('guardFormula', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['＝1+1', "'＝1+1"],
    ["'=already quoted", "''=already quoted"],
    ['Coffee', 'Coffee'],
    ["'quoted text", "'quoted text"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('writes %j as %j, and reads it back unchanged', (text, cell) => {
    expect(guardFormula(text)).toBe(cell);
    expect(unguardFormula(guardFormula(text))).toBe(text);
  });

  it('takes off only the one quote it would have added', () => {
    expect(unguardFormula("'=1")).toBe('=1');
    expect(unguardFormula("'text")).toBe("'text");
    expect(unguardFormula('=1')).toBe('=1');
  });
});
