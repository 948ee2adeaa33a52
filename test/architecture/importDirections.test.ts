import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layers import downwards only, so the data spine stays as README's
 * architecture block draws it: the store only stores (it knows the shared
 * model, not how claims are related or articles analysed), relating is pure
 * (no store, use case or shell), the model sits at the bottom. Every import
 * and export ... from, static or dynamic, type-only or not, is checked:
 * `import type { Claim } from '../relate/types.js'` in src/store ties the
 * store to the relate layer as much as a call does.
 */
const src = path.resolve('src');

/** Which top folders of src/ each layer may not import from ('*' with an allow list: only those). */
const rules: { layer: string; forbidden?: string[]; only?: string[] }[] = [
  { layer: 'store', only: ['store', 'model'] },
  { layer: 'model', only: ['model'] },
  { layer: 'relate', forbidden: ['store', 'usecases', 'cli', 'api', 'queue'] },
  { layer: 'analyze', forbidden: ['store', 'usecases', 'cli', 'api', 'queue', 'relate'] },
  // The stance judge reads text: it may use the model and the analysis's sentence splitting, nothing above.
  { layer: 'stance', only: ['stance', 'model', 'analyze'] },
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The relative specifiers a file imports or re-exports: `from '../x.js'`, `import('../x.js')`, `import '../x.js'`. */
export function importedSpecifiers(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g);
  return [...found].map((match) => match[1]);
}

/** The top folder under src/ that a file sits in ('store' for src/store/saveArticle.ts). */
const layerOf = (file: string): string => path.relative(src, file).split(path.sep)[0];

function violations(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(src)) {
    const rule = rules.find((r) => r.layer === layerOf(file));
    if (!rule) continue;
    for (const specifier of importedSpecifiers(readFileSync(file, 'utf8'))) {
      const target = layerOf(path.resolve(path.dirname(file), specifier));
      const allowed = rule.only ? rule.only.includes(target) : !rule.forbidden!.includes(target);
      if (!allowed) found.push(`${path.relative('.', file)} imports '${specifier}' (src/${target}), which src/${rule.layer} may not import`);
    }
  }
  return found;
}

describe('import directions between the layers', () => {
  it('finds the imports it checks, static, dynamic and re-exported', () => {
    expect(importedSpecifiers(`import type { A } from '../model/a.js';\nexport * from "./b.js";\nconst c = await import('../c.js');\nimport './d.js';`)).toEqual([
      '../model/a.js', './b.js', '../c.js', './d.js',
    ]);
  });

  it('has no import against the direction of the data spine', () => {
    expect(violations()).toEqual([]);
  });
});

/*
 * The web app is bundled for the browser: from the rest of the repository it
 * may take only the shared model, and from the model at run time only files
 * that import no package (zod would enter the bundle). `import type { ClaimRecord }
 * from '../../src/model/storyRecord.js'` is fine; `import { claimRecord } from ...`
 * or anything from src/api or src/store is not.
 */
const web = path.resolve('web/src');

/** The relative imports of a file, each marked type-only (`import type`, `export type`) or not; dynamic imports count as run time. */
export function webImports(text: string): { specifier: string; typeOnly: boolean }[] {
  const statements = [...text.matchAll(/\b(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g)];
  const dynamic = [...text.matchAll(/\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]/g)];
  return [
    ...statements.map((match) => ({ specifier: match[3], typeOnly: Boolean(match[2]) })),
    ...dynamic.map((match) => ({ specifier: match[1], typeOnly: false })),
  ];
}

/** A model file is pure when neither it nor what it imports imports a package ('zod'). */
function isPure(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return true;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  if (/\b(?:from|import)\s*\(?\s*['"](?!\.{1,2}\/)[^'"]+['"]/.test(text)) return false;
  return importedSpecifiers(text).every((specifier) => isPure(path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts'), seen));
}

function webViolations(): string[] {
  const found: string[] = [];
  const model = path.join(src, 'model') + path.sep;
  for (const file of sourceFiles(web)) {
    for (const { specifier, typeOnly } of webImports(readFileSync(file, 'utf8'))) {
      const target = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts');
      const where = `${path.relative('.', file)} imports '${specifier}'`;
      if (target.startsWith(web + path.sep)) continue;
      if (!target.startsWith(model)) found.push(`${where}: web/src may import from the repository only src/model`);
      else if (!typeOnly && !isPure(target)) found.push(`${where} at run time, which imports a package: use \`import type\``);
    }
  }
  return found;
}

describe('import directions of the web app', () => {
  it('tells type-only imports from run-time ones', () => {
    expect(webImports(`import type {\n  A,\n} from '../../src/model/a.js';\nimport { b } from './b.js';\nexport { c, type C } from '../../src/model/c.js';\nexport type { D } from "./d.js";\nimport './e.css';\nconst f = await import('./f.js');`)).toEqual([
      { specifier: '../../src/model/a.js', typeOnly: true },
      { specifier: './b.js', typeOnly: false },
      { specifier: '../../src/model/c.js', typeOnly: false },
      { specifier: './d.js', typeOnly: true },
      { specifier: './e.css', typeOnly: false },
      { specifier: './f.js', typeOnly: false },
    ]);
  });

  it('imports only the shared model, and from it at run time only files without packages', () => {
    expect(webViolations()).toEqual([]);
  });

  it('would catch a run-time import of a zod schema', () => {
    expect(isPure(path.join(src, 'model/storyRecord.ts'))).toBe(false);
    expect(isPure(path.join(src, 'model/vocabulary.ts'))).toBe(true);
  });
});
