/**
 * How a site signs its own pages, as data: each pattern captures the outlet's
 * name from boilerplate the cleaner removed (appeals, disclaimers, copyright
 * lines). Body text is never searched, so an article quoting 'The Times of
 * London' does not become The Times.
 */
export interface OutletSignature {
  name: string;
  pattern: RegExp;
}

const NAME = "((?:The )?[A-Z][\\w.'&-]*(?: (?:of |on |and |&amp; )?[A-Z][\\w.'&-]*){0,4})";

export const outletSignatures: readonly OutletSignature[] = [
  // 'Help us grow. Support The Duran on Patreon!'
  { name: 'patreon-appeal', pattern: new RegExp(`\\bSupport ${NAME} on Patreon`) },
  // 'Common Dreams is powered by optimists who ...'
  { name: 'powered-by', pattern: new RegExp(`^${NAME} is (?:powered|funded|made possible|supported) by\\b`) },
  // '... do not necessarily represent those of The Duran.'
  { name: 'disclaimer', pattern: new RegExp(`\\bnot necessarily (?:represent|reflect) (?:those|the views) of ${NAME}`) },
  // '© 2019 Middle East Eye Ltd. All rights reserved', 'Copyright © 2017 The Times of Israel'
  { name: 'copyright', pattern: new RegExp(`(?:©|\\(c\\)|Copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?,?\\s+)${NAME}`) },
  // 'Subscribe to The Times of Israel Daily Edition', 'Subscribe to Common Dreams'
  { name: 'subscribe', pattern: new RegExp(`\\bSubscribe to ${NAME}`) },
];

/** Corporate suffixes and sentence punctuation that are not part of the name a reader knows: 'Middle East Eye Ltd. All', 'The Duran.'. */
export const NAME_SUFFIX = /(?:\s+(?:Ltd|Limited|Inc|LLC|GmbH|plc|All)\.?)+$|[.,;:!]+$/i;
