import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import type { CleanArticle } from '../../src/clean/types.js';

/*
 * The five reference articles (scraped text with site boilerplate). For each:
 * the title, standfirst and captions it must find, the opening words of
 * EVERY body paragraph (all must survive, as body), and the boilerplate
 * lines that must be gone. The texts stay in the shared folder; only these
 * short quotes live here.
 */
const shared = process.env.CORROBORATE_SHARED ?? '../shared';
const seeds = join(shared, 'seeds');
const present = existsSync(join(seeds, 'manifest.csv'));
if (!present) console.warn(`seed tests skipped: no seeds at ${seeds} (set CORROBORATE_SHARED)`);

interface Expected {
  title: string;
  standfirst: string | null;
  captions: string[];
  body: string[];
  gone: string[];
}

const expected: Record<string, Expected> = {
  '000_c6ac2cc778416052.txt': {
    title: 'ISIS leader Al-Baghdadi ‘severely injure',
    standfirst: 'Reports by US and Iraqi officials appare',
    captions: ['This July 5, 2014 photo shows an image g'],
    body: [
      'Back in June last year the Russian Minis',
      'The meeting was apparently called to pla',
      'Russian intelligence apparently got wind',
      'The Russians subsequently claimed that A',
      'The claim received corroboration from th',
      'Subsequently in September 2017 a recordi',
      'Recent reports however suggest that part',
      'US and Iraqi sources now suggest that Al',
      'Supposedly Al-Baghdadi’s injuries were s',
      'Though the latest reports were broken by',
      'The leader of Islamic State’s so-called',
      'American and Iraqi officials quoted by I',
      '“We have irrefutable information and doc',
      'In June last year, Russia and the Syrian',
      'The new information, which seems to have',
      'The officials said he had been badly eno',
      'The Iraqi officials said he had been tre',
      'There is an outside possibility – if thi',
      'Given however that the Russians claim th',
      'If so then that might explain some of th',
      'As I discussed in this article, reports',
      'After Al-Baghdadi resurfaced in Septembe',
      'The latest reports about the injuries he',
      'In that case the broadcast in September',
      'If these latest reports are true – and i',
      'Not only did the Russians learn about th',
      'The fact that the Russians mistakenly th',
      'Al-Bagdhadi’s incapacity may also have p',
      'However the most interesting – and worry',
      '“We have irrefutable information and doc',
      'He said Baghdadi was hiding in the Jazee',
      'If Al-Baghdadi’s hideout is totally surr',
    ],
    gone: [
      'in ,',
      '(bold italics added)',
      'Help us grow. Support The Duran on Patre',
      'The statements, views and opinions expre',
      'What do you think?',
      '22 Points',
      'Upvote Downvote',
      'Notify of',
      'Inline Feedbacks',
      'View all comments',
      'The not-so-secret US meeting of THREE Ru',
      'Russian-American businessman speaks on g',
    ],
  },
  '001_84c94ac3832a0fdb.txt': {
    title: 'Russia says it’s ‘highly likely’ IS lead',
    standfirst: 'Moscow still verifying whether Abu Bakr',
    captions: ['A still from a propaganda video released', 'The leaning Al-Hadba minaret towering ov'],
    body: [
      'The Russian Foreign Ministry said Thursd',
      '“It is highly likely that Islamic State',
      'He reiterated a Defense Ministry stateme',
      'After Russia first reported the possible',
      'Russia has said its forces targeted a me',
      'The ministry said the IS leaders were ga',
      'The Defense Ministry added that it had w',
      'IS has been on the retreat for some time',
      'On Wednesday, IS jihadists blew up Mosul',
      'Iraqi Prime Minister Haider al-Abadi sai',
      'The city was the first captured by the I',
      'The claims of al-Baghdadi’s possible dem',
      'There had been previous reports of al-Ba',
      'Al-Baghdadi is a nom de guerre for a man',
      'As the militants take a pounding in thei',
      'Most recently, the group claimed respons',
      'If confirmed, al-Baghdadi’s death would',
    ],
    gone: [
      'search',
      'read more:',
      'comments',
    ],
  },
  '002_80f6718dcb70c95a.txt': {
    title: 'Russian Military Says It May Have Killed',
    standfirst: 'Whether killed or not, Syrian and Iraqi',
    captions: ['Abu Bakr al-Baghdadi, leader of the Isla'],
    body: [
      "Though the country's foreign minister la",
      "If confirmed, al-Baghdadi's death could",
      'Statement from the Russian Defense Minis',
      "Foreign Minister Sergei Lavrov's note of",
      'Other cautions, from Reuters: "A colonel',
      'Growing civilian casualties in Syria and',
      'White phosphorus: Members of the U.S. co',
    ],
    gone: [
      'Join Us: News for people demanding a bet',
      'Common Dreams is powered by optimists wh',
      "We're hundreds of thousands strong, but",
      'Your contribution supports this bold med',
      'Our work is licensed under Creative Comm',
    ],
  },
  '003_a90ea0f6ba6c7a37.txt': {
    title: 'ISIS Leader Likely Fled Mosul As Net Tig',
    standfirst: null,
    captions: [],
    body: [
      'You may recognize this man as Abu Bakr a',
      'Al-baghdadi has been the driving force b',
      'Al-Baghdadi has proved almost as hard to',
      'Analysts suspect he has taken to ground',
      '“The game is up,” U.S. Air Force Brigadi',
      'From the roof of an abandoned school act',
    ],
    gone: [
      '• December 4, 2021',
      'Related post',
    ],
  },
  '004_29300c3fb4f876c0.txt': {
    title: 'Islamic State leader Baghdadi fought off',
    standfirst: 'Account was supported by some senior reg',
    captions: ['Syrian village of Baghouz, where SDF bat'],
    body: [
      'Islamic State (IS) group leader Abu Bakr',
      'The clash reportedly took place in Septe',
      '“I saw him with my own eyes,” Jumah Hamd',
      'Hamdan said Baghdadi then moved to Bagho',
      'This account was supported by some senio',
      'A senior military official from the SDF',
      'Hamdan said Baghdadi and his guards had',
      'IS has a bounty on the head of the main',
      'The SDF launched an offensive to expel I',
      'Since then, the Kurdish-led alliance has',
      'SDF spokesman Mustafa Bali on Sunday aft',
      '"Our forces are relying on direct combat',
      'As many as 600 militants may still remai',
      'Hundreds of civilians are also believed',
      'Still, there may be between 14,000 and 1',
      'A son of Baghdadi, Hudayfah al-Badri, wa',
      'Baghdadi’s whereabouts have been mostly',
      'Two US security sources told Reuters rec',
      "Baghdadi's last message came in the form",
    ],
    gone: [
      'Skip to main content',
      'Islamic State chief urges militants to f',
      'Read More »',
    ],
  },
};

function clean(file: string): CleanArticle {
  return cleanArticle({ source: file, format: 'text', content: readFileSync(join(seeds, file), 'utf8'), encoding: 'utf-8' });
}

const textsOf = (article: CleanArticle, kind: string) =>
  article.paragraphs.filter((p) => p.kind === kind).map((p) => article.text.slice(p.start, p.end));

describe.skipIf(!present)('cleanArticle on the seed articles', () => {
  describe.each(Object.entries(expected))('%s', (file, want) => {
    const article = present ? clean(file) : null!;

    it('finds the title, standfirst and captions', () => {
      expect(textsOf(article, 'title')).toHaveLength(1);
      expect(textsOf(article, 'title')[0].startsWith(want.title)).toBe(true);
      const standfirst = textsOf(article, 'standfirst');
      if (want.standfirst === null) expect(standfirst).toEqual([]);
      else expect(standfirst[0]?.startsWith(want.standfirst)).toBe(true);
      const captions = textsOf(article, 'caption');
      expect(captions.map((c) => c.slice(0, want.captions[0]?.length ?? 0))).toEqual(want.captions);
    });

    it('keeps every body paragraph, in order, as body', () => {
      const body = textsOf(article, 'body');
      expect(body.map((b, i) => b.startsWith(want.body[i]))).toEqual(want.body.map(() => true));
      expect(body).toHaveLength(want.body.length);
    });

    it('removes the boilerplate lines', () => {
      const paragraphs = article.paragraphs.map((p) => article.text.slice(p.start, p.end));
      for (const line of want.gone) {
        expect(paragraphs.filter((p) => p.startsWith(line)), line).toEqual([]);
      }
      expect(article.removed.map((r) => r.text.slice(0, 40).trimEnd())).toEqual(expect.arrayContaining(want.gone.map((g) => g.trimEnd())));
    });

    it('puts each paragraph at its offsets, separated by blank lines', () => {
      expect(article.text.split('\n\n')).toEqual(article.paragraphs.map((p) => article.text.slice(p.start, p.end)));
    });
  });

  it('removes the appended second article of seed 001 from the marker on', () => {
    const article = clean('001_84c94ac3832a0fdb.txt');
    const appended = article.removed.filter((r) => r.reason === 'appended-article').map((r) => r.text);
    expect(appended).toEqual(['read more:', 'comments']);
  });

  it('prints the title of seed 002 once', () => {
    const article = clean('002_80f6718dcb70c95a.txt');
    expect(article.removed.filter((r) => r.reason === 'duplicate-title').map((r) => r.text)).toEqual(['Russian Military Says It May Have Killed ISIS Leader al-Baghdadi']);
    expect(article.text.split('Russian Military Says It May Have Killed')).toHaveLength(2);
  });

  it('keeps one of each repeated caption in seed 001', () => {
    const article = clean('001_84c94ac3832a0fdb.txt');
    expect(article.removed.filter((r) => r.reason === 'duplicate-caption')).toHaveLength(2);
    expect(article.text.split('A still from a propaganda video')).toHaveLength(2);
    expect(article.text.split('The leaning Al-Hadba minaret')).toHaveLength(2);
  });

  it('turns the dateline of seed 003 into a date candidate', () => {
    const article = clean('003_a90ea0f6ba6c7a37.txt');
    expect(article.page.published).toEqual([{ value: 'December 4, 2021', from: 'text-dateline' }]);
    expect(article.text).not.toContain('December 4, 2021');
  });
});
