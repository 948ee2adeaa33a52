import { describe, expect, it } from 'vitest';
import { readWireDateline } from '../../src/metadata/readWireDateline.js';

describe('readWireDateline', () => {
  it.each([
    ['VARDEN, Marennia, Aug. 14 — Vasko Dren was brought across the mountains', ['© 2025 The Frontier Dispatch.'], '2025-08-14'],
    ['HALVEK, Lessaria, April 5 (MPA) - The front said', ['Copyright 2024 MPA'], '2024-04-05'],
  ])('dates %j with the copyright year', (paragraph, page, date) => {
    expect(readWireDateline(paragraph, page)?.date).toBe(date);
  });

  it.each([
    ['HALVEK, Lessaria, April 5 (MPA) - The front said', ['no year anywhere']],
    ['On April 5 the front said', ['© 2025 Wire']],
    ['In May, officials said', ['© 2025 Wire']],
  ])('leaves %j undated', (paragraph, page) => {
    expect(readWireDateline(paragraph, page)).toBeNull();
  });
});
