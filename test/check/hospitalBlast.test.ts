import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/model/checkRecord.js';
import type { Database } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { checkClaims } from '../../src/usecases/checkClaims.js';
import { statedAgent } from '../../src/relate/check/statedPredicates.js';

const corpus = join('samples', 'hospital-blast');
const statusAsOf = (check: CheckResult, date: string) => check.status_history.filter((h) => h.as_of <= date).at(-1)?.status;

describe('a stated claim with a cause, on a story that is not about a person (samples/hospital-blast)', () => {
  let db: Database;
  let airStrike: CheckResult;
  let rocket: CheckResult;
  let activeAirStrike: CheckResult;
  let activeRocket: CheckResult;
  let rocketCausedBlast: CheckResult;
  beforeAll(async () => {
    db = await openStore('memory://');
    await analyzeSources(db, { paths: [corpus], manifestPath: join(corpus, 'manifest.csv') });
    [airStrike, rocket, activeAirStrike, activeRocket, rocketCausedBlast] = (
      await checkClaims(db, [
        { claim: 'The Mirvane hospital was hit by an air strike' },
        { claim: 'The Mirvane hospital was hit by a misfired rocket' },
        { claim: 'An air strike hit Mirvane Municipal Hospital' },
        { claim: 'A misfired rocket hit the Mirvane hospital' },
        { claim: 'A misfired militant rocket caused the Mirvane hospital blast' },
      ])
    ).checks;
  }, 120_000);
  afterAll(async () => db.close());

  it('reads the cause a claim names as the story keys it', () => {
    expect(statedAgent('The Mirvane hospital was hit by an air strike')).toBe('strike');
    expect(statedAgent('Abu Bakr al-Baghdadi was killed in a Russian airstrike')).toBe('strike');
    expect(statedAgent('James Foley was killed by Islamic State')).toBe('islamic-state');
    expect(statedAgent('The blast was caused by a rocket fired by the Ashkar Brigades')).toBe('rocket');
    expect(statedAgent('Apple will sell 24 million watches')).toBeNull();
  });

  it('takes the status of the derived claim with the same subject and the same cause', () => {
    expect(airStrike.status_from).toBe('mirvane-municipal-hospital.hit.1');
    expect(statusAsOf(airStrike, '2025-10-14')).toBe('claimed');
    expect(statusAsOf(airStrike, '2025-10-15')).toBe('disputed');
    expect(rocket.status_from).toBe('mirvane-municipal-hospital.hit.2');
  });

  it('lists the same event with another cause as saying the opposite, and the army’s article as denying the air strike', () => {
    expect(airStrike.matches.find((m) => m.id === 'mirvane-municipal-hospital.hit.2')?.stance).toBe('denies');
    expect(rocket.matches.find((m) => m.id === 'mirvane-municipal-hospital.hit.1')?.stance).toBe('denies');
    const army = airStrike.articles.find((a) => (a.article.title ?? '').startsWith('Valdorian army says misfired militant rocket'));
    expect(army?.stance).toBe('denies');
  });

  it('reads a claim that names its cause as the subject of an active verb as the passive one', () => {
    expect(activeAirStrike.status_from).toBe('mirvane-municipal-hospital.hit.1');
    expect(statusAsOf(activeAirStrike, '2025-10-15')).toBe('disputed');
    expect(activeAirStrike.matches.find((m) => m.id === 'mirvane-municipal-hospital.hit.2')?.stance).toBe('denies');
    expect(activeRocket.status_from).toBe('mirvane-municipal-hospital.hit.2');
    expect(activeRocket.matches.find((m) => m.id === 'mirvane-municipal-hospital.hit.1')?.stance).toBe('denies');
  });

  it('reads a blast at the hospital caused by a rocket as the hospital hit by the rocket, disputed as that claim is', () => {
    expect(rocketCausedBlast.status_from).toBe('mirvane-municipal-hospital.hit.2');
    expect(statusAsOf(rocketCausedBlast, '2025-10-15')).toBe('disputed');
  });
});
