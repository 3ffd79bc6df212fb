/**
 * The analysis worker: validation, compilation, all-pairs analysis, intents and traces run
 * here, never on the page's main thread. DON'T import anything from app/ or the DOM: this file
 * runs in a Web Worker. Only plain JSON crosses (protocol.ts).
 */
import { expose } from 'comlink';
import { AnalysisSession } from './session.ts';

expose(new AnalysisSession());
