import type { AnalysisClient } from './analysis-client.ts';

/** The page's one analysis client, for components that ask for traces. */
let instance: AnalysisClient | undefined;

export function setAnalysisClient(client: AnalysisClient | undefined): void {
  instance = client;
}

export function analysisClient(): AnalysisClient | undefined {
  return instance;
}
