/**
 * SLA on business hours.
 *
 * Calendar (HelpTeams.HCBusinessHours JSON):
 *   { "timeZone": "Europe/Paris",
 *     "weekly":   { "mon": [{ "start": "08:00", "end": "18:00" }], ..., "sun": [] },
 *     "periods":  [{ "key": "exams-2026-06", "start": "2026-05-26", "end": "2026-06-20", "weekly": { ... } }],
 *     "holidays": [{ "date": "2026-05-14" }] }
 * Slots are local wall-clock times, end exclusive; a period's weekly hours replace the ordinary week on its
 * (inclusive) dates; a holiday closes the whole local date. Validate with parseCalendar (error codes, never throws).
 *
 * Clocks: businessMinutesBetween / addBusinessMinutes / isOpen / nextOpening count real elapsed minutes, so a
 * slot spanning a DST change counts 5 h or 7 h for "00:00–06:00". slaStatus reads first-response and resolution
 * clocks from the status history: paused while awaiting_user; at_risk from 75 % of the target; breached past it;
 * met when stopped in time. Targets come from an SlaPolicy (base hours, priority multipliers, category overrides)
 * through pickSlaTargets.
 *
 * Queues (no version history per row): slaFromSnapshot reads both clocks from the dates a row carries
 * (Created, HCFirstResponseAt, HCDueDate, HCResolvedAt) and slaAlarm says late / at risk for the "late or at
 * risk" queue; dueDateAfterPause moves HCDueDate by the business minutes a ticket spent awaiting the user.
 */
export * from './calendar';
export * from './categoryTargets';
export * from './slaClock';
export * from './snapshot';
export * from './hoursNow';
