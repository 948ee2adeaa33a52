import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { AnalysisError, analyzeArticle } from '../analyze/analyzeArticle.js';
import { analyzerVersion } from '../analyze/analyzerVersion.js';
import { loadVerbFrames } from '../analyze/statements/verbFrames.js';
import { loadWordClasses } from '../analyze/statements/wordClass.js';
import { toArticleRecord } from '../record/toArticleRecord.js';
import { readCorrectedMembers } from '../relate/corrections/applyCorrections.js';
import { storyReaderVersion } from '../relate/readMembers.js';
import { articlePayload } from '../store/saveArticle.js';
import { toMemberRows } from '../usecases/relateStory.js';
import type { AnalysisAnswer, AnalysisRequest } from './analysisMessages.js';

/*
 * Inside an analysis thread: analyse each article the main thread sends,
 * read its claim members and build what to store, and post them back. The
 * pure stages know nothing of threads; this is the only code that runs here
 * besides them.
 */
/** Niceness of an analysis thread: 10 of 19, below the main thread's 0 (an unprivileged process may lower its priority, not raise it). */
const analysisThreadNice = 10;

const port = parentPort;
if (!port) throw new Error('answerAnalysisRequests runs inside a worker thread started by AnalysisPool; it was loaded on the main thread');

const answer = (message: AnalysisAnswer) => port.postMessage(message);

// On Linux a priority is per thread, so this lowers only the analysis: when the CPU is short, the
// main thread (answering reads, writing the store) goes first. Elsewhere it would lower the whole
// process, so it is left alone there.
if (process.platform === 'linux') setPriority(analysisThreadNice);

port.on('message', ({ task, raw, contentHash, corrections }: AnalysisRequest) => {
  try {
    const analyzed = analyzeArticle(raw, contentHash);
    // The article's own bearing on the story and the store statement's JSON, here rather than on the
    // thread that writes the store (it was 5 of the 11 ms per article of its store step).
    const started = performance.now();
    const members = toMemberRows(readCorrectedMembers(toArticleRecord(analyzed), corrections));
    const payload = articlePayload(analyzed, members, { analyzerVersion, storyReaderVersion }, raw);
    answer({ task, analyzed, payload, membersMs: performance.now() - started });
  } catch (error) {
    if (error instanceof AnalysisError) answer({ task, unreadable: error.message });
    else answer({ task, crashed: error instanceof Error ? error.message : String(error) });
  }
});
// The word classes and verb frames load before the thread says it is ready, so no article's time budget pays for them.
loadWordClasses();
loadVerbFrames();
answer({ ready: true });
