import type { Hop, TraceResult } from '../../../src/engine/index.ts';
import { focusHop } from './hop-focus.ts';

/**
 * A trace result: the verdict (a `status`), every explanation with its fix, and the forward
 * and return paths as lists of hop buttons: each selects the component that acted (or the table of
 * its deciding rule, row highlighted) and centres it on the canvas.
 */
export function TraceView({ result, heading }: { result: TraceResult; heading?: string }) {
  return (
    <section className="trace" aria-label={heading ?? 'Trace result'}>
      <p role="status" className={`verdict verdict-${result.verdict}`}>
        {result.flow.from} → {result.flow.to} {result.flow.protocol}
        {result.flow.destinationPort ? `/${result.flow.destinationPort}` : ''}: <strong>{result.verdict}</strong>
        {result.flow.source && (
          <span className="muted">
            {' '}
            ({result.flow.source} → {result.flow.destination})
          </span>
        )}
      </p>
      {result.passing && result.passing.length > 0 && (
        <p className="muted">Passes: {result.passing.map((p) => `${p.protocol} ${p.ports}`.trim()).join('; ')}</p>
      )}
      {result.explanations.length > 0 && (
        <ol className="explanations" aria-label="Explanations">
          {result.explanations.map((e, i) => (
            <li key={i}>
              <code>{e.code}</code>{' '}
              <span className="muted">
                ({e.path}
                {e.direction ? `, ${e.direction}` : ''})
              </span>{' '}
              {e.message} <em>Fix: {e.fix}</em>
            </li>
          ))}
        </ol>
      )}
      <div className="paths">
        <HopList label="Forward path" hops={result.forward} />
        <HopList label="Return path" hops={result.return} />
      </div>
      {result.legs?.map((leg, i) => (
        <TraceView key={i} result={leg} heading={`Balancer leg to ${leg.flow.to}`} />
      ))}
    </section>
  );
}

function HopList({ label, hops }: { label: string; hops: readonly Hop[] }) {
  return (
    <div className="hop-list">
      <h4 id={`hops-${label}`}>{label}</h4>
      {hops.length === 0 ? (
        <p className="muted">none</p>
      ) : (
        <ol aria-label={label}>
          {hops.map((hop, i) => (
            <li key={i}>
              <button
                type="button"
                className={`hop hop-${hop.action}`}
                title={hop.note}
                onClick={() => focusHop(hops, i)}
              >
                {`${i + 1}. ${hop.component} ${hop.action}`}
              </button>{' '}
              <span className="muted hop-note">{hop.note}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
