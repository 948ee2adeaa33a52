import { articleText } from './articleText.js';
import { utf8, type Family } from './fuzzCase.js';

/**
 * File names a terminal, a log or an argument parser can trip over: ANSI
 * escapes, line breaks, names of 250 bytes, right-to-left overrides and
 * other unicode, leading dashes, hidden files, spaces and quotes. Each holds
 * a good article, so each must be stored or named; or nothing, so the name
 * is printed among the failures.
 */
const names: Record<string, (token: string) => string> = {
  'ansi-escape': (token) => `\u001b[31mred-${token}\u001b[0m.txt`,
  'ansi-clear-screen': (token) => `\u001b[2J\u001b[H${token}.txt`,
  newline: (token) => `line\nbreak-${token}.txt`,
  'carriage-return': (token) => `fake\r${token}.txt`,
  'forged-summary-line': (token) => `x\n  failed: nothing-${token}.txt`,
  'very-long': (token) => `${token}-${'n'.repeat(240)}.txt`,
  'long-multibyte': (token) => `${token}-${'é'.repeat(120)}.txt`,
  'rtl-override': (token) => `${token}-\u202Etxt.exe.txt`,
  emoji: (token) => `${token}-📰🔥.txt`,
  'nfd-accents': (token) => `${token}-cafe\u0301.txt`,
  'leading-dash': (token) => `-${token}.txt`,
  'leading-double-dash': (token) => `--db=${token}.txt`,
  hidden: (token) => `.${token}.txt`,
  'spaces-and-quotes': (token) => ` "${token}" 'q' .txt`,
  'glob-characters': (token) => `*${token}?[a].txt`,
  'percent-encoded': (token) => `%00%0A${token}.txt`,
  'backslashes': (token) => `..\\..\\${token}.txt`,
  'uppercase-extension': (token) => `${token}.TXT`,
  'html-named-txt-in-deep-folder': (token) => `${'d/'.repeat(50)}${token}.html`,
};

export const hostileFileNames: Family = {
  name: 'hostileFileNames',
  kinds: [
    (random, token) => {
      const which = random.pick(Object.keys(names));
      return { kind: which, files: [{ path: names[which](token), bytes: utf8(articleText(random)) }] };
    },
    (random, token) => {
      const picks = [random.pick(Object.keys(names)), random.pick(Object.keys(names)), random.pick(Object.keys(names))];
      return { kind: `three-${picks.join('+')}`, files: picks.map((which, index) => ({ path: names[which](`${token}${index}`), bytes: utf8(articleText(random)) })) };
    },
    (random, token) => {
      // An empty file fails, so its name is printed in the summary: what reaches the terminal.
      const which = random.pick(Object.keys(names));
      return { kind: `failing-${which}`, files: [{ path: names[which](token), bytes: new Uint8Array(0) }] };
    },
  ],
};
