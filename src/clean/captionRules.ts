/**
 * Rules that mark a block as a photo caption: kept in the text, but never
 * body. Each looks for the credit or framing words captions carry, not for
 * the word 'photo' alone, which body sentences use too.
 */
export interface CaptionRule {
  name: string;
  test: RegExp;
  reason: string;
}

/** Agencies and words that appear inside a caption's closing credit. */
const CREDIT = '(?:AFP|Reuters|AP|EPA|Getty|Anadolu|Xinhua|TASS|Sputnik|SANA|dpa|iStock(?:\\.com)?|Shutterstock|imago|Pixabay|Unsplash|photo|file|credit|courtesy|handout|screenshot|screengrab|image|Foto|Bild)';

export const captionRules: readonly CaptionRule[] = [
  {
    // '... addressing Muslim worshipers at a mosque in Mosul. (AFP/HO/al-Furqan Media)', '(AFP/file photo)', '(Credit: IG)'.
    // Up to 400 characters: a wire story's paragraphs close on the agency too ('... vor der 20-Uhr-„Tagesschau“). (dpa)',
    // the last of nine sentences), and a caption is a sentence or two.
    name: 'trailing-credit',
    test: new RegExp(`^(?=.{1,400}$).*\\((?:[^()]*\\b)?${CREDIT}\\b[^()]*\\)\\.?$`, 'i'),
    reason: 'ends with a photo credit in parentheses',
  },
  {
    // 'The road from Halvek towards Vell Pass, in the Serrin Mountains. (Korvath Today)': a short line
    // closing on an outlet's name in parentheses. Acronyms alone ('... Democratic Forces (SDF).') do not count.
    name: 'outlet-credit',
    test: /^(?:\S+\s+){2,40}\((?=[^()]*\p{Ll})\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}\)$/u,
    reason: 'ends with an outlet credit in parentheses',
  },
  {
    // '... / AFP / - (Photo credit should read -/AFP/Getty Images)', 'Photo: Reuters', 'Credit: IG'
    name: 'credit-label',
    test: /\b(?:photo credit|photo|picture|credit)\s*:\s*\S|\bphoto credit should read\b/i,
    reason: 'carries a photo credit label',
  },
  {
    // A copyright or German/French/Spanish credit closing a short block: '... farbenfrohen Kleidungsstil gesegnet. | © Augusta
    // National/Getty Images', '... auf dem Platz. Bild: AFP/SID', '... von Zwingenberg. Foto: Stadt Zwingenberg'.
    // Only in a short block: some sites close body paragraphs with the credit of the photo beside them. Measured on the
    // trafilatura set: F1 0.930 -> 0.931 (7 pages leak less, 2 lose paragraphs that close on a credit).
    name: 'closing-credit',
    test: /^(?=.{20,200}$).{10,}?(?:©|\(c\)|(?<![\p{Ll}-])(?:Foto|Fotos|Bild|Photo|Crédit photo|Crédito)\s?:)\s*[^.!?]{1,80}$/iu,
    reason: 'ends with a copyright or photo credit',
  },
  {
    // 'This July 5, 2014 photo shows an image grab taken from a propaganda video ...'
    name: 'photo-framing',
    test: /^(?:this|a|an|the) [^.]{0,60}\b(?:photo|picture|image|file photo|image grab|screengrab|screenshot)\b[^.]{0,40}\b(?:shows?|taken|released|provided|made available)\b|\bimage grab\b/i,
    reason: 'describes what a photo shows',
  },
  {
    // 'A still from a propaganda video released on July 5, 2014, allegedly shows ...', 'in this still image taken from an online video'
    name: 'video-still',
    test: /^a still from\b|\bin this (?:still|still image|photo|picture|image|file photo|handout|screengrab)\b/i,
    reason: 'describes a still from a video',
  },
];

/** The caption rule a block matches, or null. */
export function matchCaptionRule(text: string): CaptionRule | null {
  return captionRules.find((rule) => rule.test.test(text)) ?? null;
}
