/** Apart from openStore so `corroborate --help` can name it without loading the store drivers. */
export const defaultStoreDir = '.corroborate/db';
