import type { Random } from './random.js';

/** A short, well-formed article the hostile parts are put around, so a case is not refused for being empty. */
export function articleText(random: Random, paragraphs = 3): string {
  const body = Array.from({ length: paragraphs }, () => `${random.sentence()} ${random.sentence()}`);
  return `Officials dispute the fate of the commander\n\nTelgrad, 4 April 2025\n\n${body.join('\n\n')}\n`;
}

export function articleHtml(random: Random, body: string): string {
  return `<!DOCTYPE html><html><head><title>Officials dispute the fate of the commander</title></head><body><article><h1>Officials dispute the fate</h1><p>${random.sentence()}</p>${body}<p>${random.sentence()}</p></article></body></html>`;
}
