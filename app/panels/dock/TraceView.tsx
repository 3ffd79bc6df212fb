import type { Hop, TraceResult } from '../../../src/engine/index.ts';
import { explanationText } from '../../i18n/explanations-ja.ts';
import { hopNoteText } from '../../i18n/hop-notes-ja.ts';
import { useCurrentLanguage, useMessages } from '../../i18n/use-messages.ts';
import { focusHop } from './hop-focus.ts';

/**
 * A trace result: the verdict (a `status`), every explanation with its fix, and the forward
 * and return paths as lists of hop buttons: each selects the component that acted (or the table of
 * its deciding rule, row highlighted) and centres it on the canvas.
 */
export function TraceView({ result, heading }: { result: TraceResult; heading?: string }) {
  const m = useMessages().reachability;
  const language = useCurrentLanguage();
  return (
    <section className="trace" aria-label={heading ?? m.traceResult}>
      <p role="status" className={`verdict verdict-${result.verdict}`}>
        {result.flow.from} → {result.flow.to} {result.flow.protocol}
        {result.flow.destinationPort ? `/${result.flow.destinationPort}` : ''}:{' '}
        <strong>{m.verdict(result.verdict)}</strong>
        {result.flow.source && (
          <span className="muted">
            {' '}
            ({result.flow.source} → {result.flow.destination})
          </span>
        )}
      </p>
      {result.passing && result.passing.length > 0 && (
        <p className="muted">
          {m.passes}: {result.passing.map((p) => `${p.protocol} ${p.ports}`.trim()).join('; ')}
        </p>
      )}
      {result.explanations.length > 0 && (
        <ol className="explanations" aria-label={m.explanations}>
          {result.explanations.map((e, i) => {
            const text = explanationText(e, language);
            return (
              <li key={i}>
                <code>{e.code}</code>{' '}
                <span className="muted">
                  ({m.path(e.path)}
                  {e.direction ? `, ${m.direction(e.direction)}` : ''})
                </span>{' '}
                {text.message}{' '}
                <em>
                  {m.fix}: {text.fix}
                </em>
              </li>
            );
          })}
        </ol>
      )}
      <div className="paths">
        <HopList id="Forward path" label={m.forwardPath} hops={result.forward} />
        {forwardBlocked(result) ? (
          <div className="hop-list">
            <h4 id="hops-Return path">{m.returnPath}</h4>
            <p className="muted">{m.noReturnPath}</p>
          </div>
        ) : (
          <HopList id="Return path" label={m.returnPath} hops={result.return} />
        )}
      </div>
      {result.legs?.map((leg, i) => (
        <TraceView key={i} result={leg} heading={m.balancerLeg(leg.flow.to)} />
      ))}
    </section>
  );
}

/**
 * Whether the request never gets there: then no reply exists, and the engine's return walk (which
 * goes on to find every blocker) describes a reply that is never sent. A partial result (some
 * protocols pass) keeps its return path.
 */
function forwardBlocked(result: TraceResult): boolean {
  return result.verdict === 'blocked' && result.explanations.some((e) => e.path === 'forward');
}

function HopList({ id, label, hops }: { id: string; label: string; hops: readonly Hop[] }) {
  const m = useMessages().reachability;
  const language = useCurrentLanguage();
  return (
    <div className="hop-list">
      <h4 id={`hops-${id}`}>{label}</h4>
      {hops.length === 0 ? (
        <p className="muted">{m.none}</p>
      ) : (
        <ol aria-label={label}>
          {hops.map((hop, i) => (
            <li key={i}>
              <button
                type="button"
                className={`hop hop-${hop.action}`}
                title={hopNoteText(hop.note, language)}
                onClick={() => focusHop(hops, i)}
              >
                {`${i + 1}. ${hop.component} ${m.action(hop.action)}`}
              </button>{' '}
              <span className="muted hop-note">{hopNoteText(hop.note, language)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
