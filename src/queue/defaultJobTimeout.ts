// Apart from openArticleQueue so `corroborate enqueue --help` can show it without loading pg-boss.

/**
 * How long a fetched job may stay in progress before it is taken back and
 * retried. A job only outlives this when its worker died (SIGKILL, a lost
 * machine): a news article is analysed in tens of milliseconds. An article
 * that does take longer is analysed twice and stored once.
 */
export const defaultJobTimeoutSeconds = 30;
