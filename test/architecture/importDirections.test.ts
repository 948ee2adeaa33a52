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
