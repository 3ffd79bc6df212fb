/**
 * The reachability engine: compile a document once per revision, then trace single flows or
 * analyse every pair. Pure TypeScript; runs in the worker, the CLI and tests alike.
 */
export { compileDocument } from './compile/index.ts';
export { traceFlow, type TraceOutcome, type TraceProblem } from './trace.ts';
export { EXPLANATION_CODES, VPC_LAB_CODES, type ExplanationCode } from './codes.ts';
export type * from './types.ts';
export { everyoneOf } from './explain.ts';
export type { SpaceParts } from './flow-space.ts';
export type { CompiledDocument } from './compiled.ts';
export { analyse, type Analysis, type AnalysisEndpoint, type Cell } from './analyse.ts';
export {
  cellBetween,
  cellOpens,
  cellPorts,
  describeCell,
  matrixVerdict,
  opensConnections,
  readMatrix,
  type MatrixReader,
} from './matrix-reader.ts';
export { EXTERNAL_PORTS, LINUX_PORTS, NAT_RANGE, WINDOWS_PORTS } from './ephemeral.ts';
export { SERVICE_BLOCKS } from './aws-services.ts';
export { checkIntents, type IntentResult } from './intents.ts';
export { blamed, hopPlaces, subnetsByTable } from './hop-places.ts';
export { forwardBlocked, traceRoutes, type TraceRoute } from './trace-paths.ts';
