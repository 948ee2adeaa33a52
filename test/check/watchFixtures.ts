/**
 * Two short reports on a strike, written for these tests: the first asserts
 * that the Halvek hospital was hit by a missile, the second, from another
 * outlet a day later, carries a denial by the other side.
 */
export const watchedClaim = 'The Halvek hospital was hit by a missile';

export const assertingReport = `Missile hits Halvek hospital, ministry says

Telgrad, 2 April 2025 (Meridian Press Agency)

The Kasterian Defence Ministry said on Wednesday that a missile hit the Halvek hospital overnight, destroying its east wing. "The hospital was hit by a missile fired from the north," ministry spokesman Arvo Lind told reporters.

Rescue teams were searching the rubble on Wednesday morning.
`;

export const denyingReport = `Lessaria denies missile strike on Halvek hospital

Sorvo, 3 April 2025 (The Sorvo Ledger)

The Lessarian Interior Ministry on Thursday denied that the Halvek hospital was hit by a missile. "No missile struck the hospital in Halvek; the fire started in its kitchen," Lessaria's Interior Minister Dana Keel said.

The ministry called the Kasterian account "a fabrication".
`;

/** About something else entirely: the check must leave it out. */
export const unrelatedReport = `Central bank raises interest rates

Brask, 4 April 2025 (Ridgeline Post)

The central bank raised its main interest rate by half a point on Friday, its third rise this year. "Inflation remains too high," the governor told a news conference.
`;
