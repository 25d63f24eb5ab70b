// The value axis of the charts: amounts stay integers of minor units; only the pixel geometry
// is fractional, and no drawn length is ever shown as an amount.
import { minorUnitDigits } from '../../../contract/iso4217';

/**
 * The smallest "nice" top of the axis (1, 2 or 5 × 10^k minor units, at least one major unit)
 * that is at least `max`, so the gridline labels are round amounts.
 */
export function niceAxisMax(max: number, currency: string): number {
  const oneMajor = 10 ** (minorUnitDigits(currency) ?? 0);
  if (!(max > oneMajor)) return oneMajor;
  let step = 10 ** Math.floor(Math.log10(max));
  for (;;) {
    for (const factor of [1, 2, 5]) {
      if (step * factor >= max) return step * factor;
    }
    step *= 10;
  }
}

/** `value` of an axis topped at `axisMax` as a length of `extent` pixels. */
export function scaleTo(value: number, axisMax: number, extent: number): number {
  return axisMax > 0 ? (Math.max(0, value) / axisMax) * extent : 0;
}
