import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const modelDir = join(import.meta.dirname, '../../src/model');

describe('src/model is the bottom of the tree', () => {
  it.each(readdirSync(modelDir).filter((f) => f.endsWith('.ts')))('%s imports only from src/model', (file) => {
    const text = readFileSync(join(modelDir, file), 'utf8');
    const imports = [...text.matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]);
    // Packages are fine (the zod records live here: `import { z } from 'zod'`); a path out of the folder is not.
    expect(imports.filter((path) => path.startsWith('.') && !path.startsWith('./'))).toEqual([]);
  });
});
