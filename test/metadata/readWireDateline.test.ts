import { describe, expect, it } from 'vitest';
import { readDatelineAgency, readWireDateline } from '../../src/metadata/readWireDateline.js';

describe('readWireDateline', () => {
  it.each([
    ['VARDEN, Marennia, Aug. 14 — Vasko Dren was brought across the mountains', ['© 2025 The Frontier Dispatch.'], '2025-08-14'],
    ['HALVEK, Lessaria, April 5 (MPA) - The front said', ['Copyright 2024 MPA'], '2024-04-05'],
  ])('dates %j with the copyright year', (paragraph, page, date) => {
    expect(readWireDateline(paragraph, page)?.date).toBe(date);
  });

  it.each([
    ['WASHINGTON, Oct 27, 2019 (Reuters) - The U.S. military said', '2019-10-27'],
    ['HALVEK, Lessaria, April 5 2024 (MPA) - The front said', '2024-04-05'],
  ])('dates %j with the year the dateline states, whatever the copyright line says', (paragraph, date) => {
    expect(readWireDateline(paragraph, ['© 2031 Wire'])).toEqual({ date, monthDay: date.slice(5), dateline: expect.any(String), year: 'dateline' });
  });

  it.each([
    ['WASHINGTON, Oct 27, 2019 (Reuters) - The U.S. military said', 'Reuters'],
    ['HALVEK, Lessaria, April 5 (MPA) - The front said', 'MPA'],
    ['WASHINGTON (AP) — The president said', 'AP'],
    ['BERLIN (dpa) – Die Regierung teilte mit', 'dpa'],
    ['VARDEN, Marennia, Aug. 14 — Vasko Dren was brought across', null],
    ['The minister (Reuters) - said nothing', null],
    ['Officials said (on Friday) - that nothing was hit', null],
  ])('reads the agency of %j', (paragraph, agency) => {
    expect(readDatelineAgency(paragraph)).toBe(agency);
  });

  it.each([
    ['HALVEK, Lessaria, April 5 (MPA) - The front said', '04-05'],
    ['MOSCOW, Feb. 29 (Reuters) - The ministry said', '02-29'],
  ])('reads the month and day of %j and leaves the year to the story', (paragraph, monthDay) => {
    expect(readWireDateline(paragraph, ['no year anywhere'])).toEqual({ date: null, monthDay, dateline: expect.any(String), year: null });
  });

  it.each([
    ['WASHINGTON, Feb 30, 2019 (Reuters) - The U.S. military said', ['© 2019 Wire']],
    ['HALVEK, Lessaria, April 31 (MPA) - The front said', ['no year anywhere']],
    ['On April 5 the front said', ['© 2025 Wire']],
    ['In May, officials said', ['© 2025 Wire']],
  ])('leaves %j undated', (paragraph, page) => {
    expect(readWireDateline(paragraph, page)).toBeNull();
  });
});
