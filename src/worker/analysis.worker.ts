/**
 * The analysis worker: validation, compilation, all-pairs analysis, intents and traces run
 * here, never on the page's main thread. DON'T import anything from app/ or the DOM: this file
 * runs in a Web Worker. Only plain JSON crosses (protocol.ts).
 */
// First, before any schema is parsed: the page's policy allows no eval here either.
import '../model/no-eval.ts';
import { expose } from 'comlink';
import { AnalysisSession } from './session.ts';

expose(new AnalysisSession());
