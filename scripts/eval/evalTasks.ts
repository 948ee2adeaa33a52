/** The evaluation tasks: the script that runs each and where its data lies under $CORROBORATE_SHARED. */
export const tasks: Record<string, { script: string; defaultPath: string; about: string }> = {
  times: { script: 'times.ts', defaultPath: 'data/tempeval3/TBAQ-cleaned', about: 'TimeML (TempEval-3): strict/relaxed span F1, type accuracy, value F1' },
  attribution: { script: 'attribution.ts', defaultPath: 'data/polnear/data/dev', about: 'brat (PolNeAR): source/cue/content P/R/F1, exact and overlap' },
  'attribution-end-to-end': { script: 'attributionThroughAnalyze.ts', defaultPath: 'data/polnear/data/dev', about: 'PolNeAR .txt files read and analysed as `analyze` does, statements mapped back to the raw text: the same scores as attribution, so the gap is what cleaning costs' },
  boilerplate: { script: 'boilerplate.ts', defaultPath: 'data/trafilatura-eval', about: 'trafilatura snippets: P/R/F1 (and --zyte DIR: 4-gram shingle F1)' },
  published: { script: 'published.ts', defaultPath: 'data/htmldate-eval/news-dev.json', about: 'htmldate {url: {file, date}}: day accuracy, share unknown' },
  ecbplus: { script: 'ecbplus.ts', defaultPath: 'data/ecbplus', about: 'ECB+ topics 1–35 through analyze: B-cubed of claims over gold event mentions, same-lemma baseline, coverage' },
  emergent: { script: 'emergent.ts', defaultPath: 'data/emergent/emergent-train.csv', about: 'Emergent headlines through analyze: B-cubed of claims vs claimId, tf-idf single-link baseline, tune/test halves' },
  entities: { script: 'entities.ts', defaultPath: 'data/meantime/intra_cross-doc_annotation', about: 'MEANTIME: person/organisation/place P/R/F1' },
  stance: { script: 'stanceCv.ts', defaultPath: 'data', about: 'FNC-1 train (folds by body) and Emergent train (folds by claim), 5-fold CV of the stance judge: FNC score, macro-F1, per-class F1, confusion' },
  grouping: { script: 'claims.ts', defaultPath: 'data/meantime', about: 'MEANTIME cross-document events through groupClaims: pairwise and B-cubed F1, lemma baseline (--scale: grouping time)' },
};
