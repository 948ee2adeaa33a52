import type { TimeRefiner } from '../TimeParser.js';

// Time words that are part of a name: 'Korvath Today', 'USA TODAY', 'Sorvo
// Daily Ledger', 'the Daily Mail'. A word that is lower-case in running text
// and capitalised right after another capitalised word is taken as a name.
const usuallyLowerCase = /^(?:today|tonight|tomorrow|yesterday|daily|weekly|monthly|now|current|recent|recently|soon|currently)$/i;
const capitalisedWordBefore = /\b[A-Z][\w’'&.-]*\s+$/;
const sentenceStartBefore = /(?:^|[.!?:"“]\s*|\n\s*)$/;

export const dropNameParts: TimeRefiner = {
  name: 'drop-name-parts',
  refine(mentions, text) {
    return mentions.filter((mention) => {
      if (!usuallyLowerCase.test(mention.text) || !/^[A-Z]/.test(mention.text)) return true;
      const before = text.slice(Math.max(0, mention.start - 30), mention.start);
      const after = text.slice(mention.end, mention.end + 2);
      if (/^[A-Z]+$/.test(mention.text)) return false;
      if (/^\s[A-Z]/.test(after) && !sentenceStartBefore.test(before)) return false;
      return !capitalisedWordBefore.test(before) || sentenceStartBefore.test(before);
    });
  },
};
