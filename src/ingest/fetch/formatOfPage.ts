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

/**
 * The first tag, after any comments and XML declaration a template writes
 * first ('<!-- THEME DEBUG --> <!-- CALL: theme(\'html\') --> <!DOCTYPE html>').
 */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:(?:<!--[\s\S]*?-->|<\?xml[^>]*>)\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 4000));
}
