import type { SourceFormat } from '../types.js';

/**
 * HTML by its Content-Type ('text/html', 'application/xhtml+xml'), or by
 * its first tag when the type says text or nothing ('<!DOCTYPE html>',
 * '<html', '<body'): servers send saved pages as text/plain often enough.
 */
export function formatOfPage(contentType: string, text: string): SourceFormat {
  if (/^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType)) return 'html';
  return looksLikeHtml(text) ? 'html' : 'text';
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 2000));
}
