import { parentPort } from 'node:worker_threads';
import { AnalysisError, analyzeArticle } from '../analyze/analyzeArticle.js';
import type { AnalysisAnswer, AnalysisRequest } from './analysisMessages.js';

/*
 * Inside an analysis thread: analyse each article the main thread sends and
 * post the result back. The pure stages know nothing of threads; this is the
 * only code that runs here besides them.
 */
const port = parentPort;
if (!port) throw new Error('answerAnalysisRequests runs inside a worker thread started by AnalysisPool; it was loaded on the main thread');

const answer = (message: AnalysisAnswer) => port.postMessage(message);

port.on('message', ({ task, raw, contentHash }: AnalysisRequest) => {
  try {
    answer({ task, analyzed: analyzeArticle(raw, contentHash) });
  } catch (error) {
    if (error instanceof AnalysisError) answer({ task, unreadable: error.message });
    else answer({ task, crashed: error instanceof Error ? error.message : String(error) });
  }
});
answer({ ready: true });
