/** Weekday names in ISO order, so index + 1 is the ISO weekday: 'monday' -> 1, 'sunday' -> 7. */
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
