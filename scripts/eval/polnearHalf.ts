import { createHash } from 'node:crypto';

/** The half a PolNeAR article falls in (0 tune, 1 check): the low bit of sha1 of its file name, stable across runs and machines. */
export const halfOf = (name: string): number => createHash('sha1').update(name).digest()[0] & 1;
