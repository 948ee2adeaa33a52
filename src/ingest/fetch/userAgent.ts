import { readFileSync } from 'node:fs';

/*
 * Sites see who is asking and how to reach the people behind it:
 * 'corroborate/0.1.0 (+https://...; reads news articles for fact-checking)'.
 * The version and address come from package.json ('homepage', else
 * 'repository'), so a release changes them in one place.
 */
interface PackageFields {
  version?: string;
  homepage?: string;
  repository?: string | { url?: string };
}

function readPackage(): PackageFields {
  try {
    return JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as PackageFields;
  } catch {
    return {};
  }
}

function addressOf(fields: PackageFields): string | undefined {
  const repository = typeof fields.repository === 'string' ? fields.repository : fields.repository?.url;
  return fields.homepage ?? repository?.replace(/^git\+/, '').replace(/\.git$/, '');
}

const fields = readPackage();
const address = addressOf(fields);

export const userAgent = `corroborate/${fields.version ?? 'dev'} (${address ? `+${address}; ` : ''}reads news articles for fact-checking)`;
