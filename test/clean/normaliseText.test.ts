import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { normaliseText } from '../../src/clean/normaliseText.js';

describe('page text as article text', () => {
  it('composes characters canonically and collapses whitespace', () => {
    expect(normaliseText(' Cafe\u0301 \u00a0 au\n\nlait ')).toBe('Café au lait');
  });

  it('spells a word one way whichever code points the page used', () => {
    // Bengali 'অ্যাডভোকেট' with U+09DF on the page; its canonical form is U+09AF U+09BC.
    const html = '<html><body><article><p>আজ শনিবার সকাল সাড়ে ৭টার দিকে অ্যাডভোকেট আ ক ম সারওয়ার জাহানের ভাইকে হত্যা করা হয়েছে, পুলিশ জানিয়েছে। এ ঘটনায় এলাকায় উত্তেজনা বিরাজ করছে এবং তদন্ত চলছে।</p></article></body></html>';
    const { text } = cleanArticle({ source: 'bn.html', format: 'html', content: html.replace('য়', '\u09df'), encoding: 'utf-8' });
    expect(text).toContain('সারও\u09af\u09bcার');
    expect(text).not.toContain('\u09df');
  });
});
