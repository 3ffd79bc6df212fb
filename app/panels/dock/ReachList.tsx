import { useId, useState } from 'react';
import { matrixVerdict, opensConnections, readMatrix } from '../../../src/engine/index.ts';
import { useCurrentReport } from '../../analysis/analysis-store.ts';
import { flowLabel } from './flow-label.ts';
import { useT } from '../../i18n/use-t.ts';

export type TraceProtocol = 'tcp' | 'udp' | 'icmp' | 'all';

/**
 * "What can reach this?" and "What can this reach?" for the selected resource, from the matrix,
 * for the protocol and port of the trace form; the heading says which. Endpoints that never open
 * a connection (S3, DynamoDB, NAT gateways) are left out of "what can reach". Each item traces
 * its pair.
 */
export function ReachList({
  id,
  protocol,
  port,
  onTrace,
}: {
  readonly id: string;
  readonly protocol: TraceProtocol;
  /** The TCP or UDP port asked about; undefined for any port (and for ICMP or all traffic). */
  readonly port: number | undefined;
  readonly onTrace: (from: string, to: string) => void;
}) {
  const t = useT();
  const report = useCurrentReport();
  const [direction, setDirection] = useState<'in' | 'out' | null>(null);
  const headingId = useId();
  const matrix = report?.matrix;
  if (!matrix) return null;
  const reader = readMatrix(matrix);
  if (!reader.endpoint(id)) return null;
  const others = matrix.endpoints.filter((e) => e.id !== id && (direction !== 'in' || opensConnections(e)));
  return (
    <div className="reach">
      <button type="button" onClick={() => setDirection('in')}>
        {t('dock:reachability.whatCanReachThis')}
      </button>
      <button type="button" onClick={() => setDirection('out')}>
        {t('dock:reachability.whatCanThisReach')}
      </button>
      {direction && (
        <>
          <h4 id={headingId}>
            {t('dock:reachability.reachHeading', { direction, id, flow: flowLabel(t, protocol, port) })}
          </h4>
          <ul aria-labelledby={headingId}>
            {others.map((other) => {
              const [from, to] = direction === 'in' ? [other.id, id] : [id, other.id];
              const cell = reader.cell(from, to);
              const verdict = cell
                ? t('dock:reachability.verdict', { verdict: matrixVerdict(cell, protocol, port) })
                : t('dock:reachability.notAnalysed');
              return (
                <li key={other.id}>
                  {other.id}: {verdict}{' '}
                  <button type="button" onClick={() => onTrace(from, to)}>
                    {t('dock:reachability.tracePair', { from, to })}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
