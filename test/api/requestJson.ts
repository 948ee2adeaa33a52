import type { Hono } from 'hono';
import { expect } from 'vitest';
import type { z } from 'zod';
import { errorBody } from '../../src/api/apiSchemas.js';

/** GETs a route in-process, expects 200 JSON and parses the body with the documented schema (so docs and routes agree). */
export async function getJson<T extends z.ZodType>(app: Hono, url: string, schema: T, init?: RequestInit): Promise<z.infer<T>> {
  const response = await app.request(url, init);
  const body = await response.text();
  expect(response.status, `${url}: ${body.slice(0, 300)}`).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return schema.parse(JSON.parse(body));
}

/** Expects an error status and the documented error body; returns the message. */
export async function expectError(response: Response | Promise<Response>, status: number): Promise<string> {
  const answered = await response;
  const body = errorBody.parse(await answered.json());
  expect(answered.status, body.error.message).toBe(status);
  expect(body.error.status).toBe(status);
  return body.error.message;
}
