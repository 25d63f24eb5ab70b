// Kept only while callers move to contract/clock.ts (issue 9); do not add imports of this file.
export { systemClock, createManualClock as createFakeClock } from '../../contract/clock';
export type { Clock } from '../../contract/clock';
