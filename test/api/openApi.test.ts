import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/createApp.js';
import { openStore } from '../../src/store/openStore.js';

describe('GET /openapi.json', () => {
  it('describes every route the app answers, with resolvable schema references', async () => {
    const db = await openStore('memory://');
    try {
      const app = createApp({ db });
      const response = await app.request('/openapi.json');
      expect(response.status).toBe(200);
      const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
      expect(document.openapi).toBe('3.1.0');
      const routes = app.routes.filter((route) => route.method !== 'ALL').map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
      expect(routes.length).toBeGreaterThan(10);
      const documented = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
      expect(new Set(routes)).toEqual(new Set(documented));
      const references = JSON.stringify(document).match(/#\/components\/schemas\/\w+/g) ?? [];
      for (const reference of references) expect(document.components.schemas).toHaveProperty(reference.split('/').at(-1)!);
    } finally {
      await db.close();
    }
  });

  it("describes the upload form's fields beside the files", async () => {
    const db = await openStore('memory://');
    try {
      const document = (await (await createApp({ db }).request('/openapi.json')).json()) as { paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: { properties: Record<string, { type: string; description?: string }>; required: string[] } }> } }>> };
      const form = document.paths['/api/ingest'].post.requestBody.content['multipart/form-data'].schema;
      expect(Object.keys(form.properties).sort()).toEqual(['files', 'outlet', 'published', 'url']);
      expect(form.required).toEqual(['files']);
      expect(form.properties.published.description).toContain('YYYY-MM-DD');
    } finally {
      await db.close();
    }
  });
});
