import type { Hop, PathKind, TraceResult } from '../../../src/engine/index.ts';
import { forwardBlocked } from '../../../src/engine/index.ts';
import { pickHop, useTrace } from '../../analysis/trace-store.ts';
import { explanationSentence } from '../../../src/i18n/render/explanation.ts';
import { filterActionWord, hopInterfacesText, hopNoteText, hopText } from '../../../src/i18n/render/hop-note.ts';
import { CodeInfo } from '../../glossary/TermInfo.tsx';
import { useCurrentLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { focusHop } from './hop-focus.ts';

/**
 * A trace result: the verdict (a `status`), every explanation with its fix, and the forward
 * and return paths as lists of hop buttons: each selects the component that acted (or the table of
 * its deciding rule, row highlighted), centres it on the canvas and rings it on the drawn trace.
 * `leg` is set for a load balancer's connection to a target (the index in `legs`).
 */
export function TraceView({ result, heading, leg }: { result: TraceResult; heading?: string; leg?: number }) {
  const t = useT();
  const language = useCurrentLanguage();
  return (
    <section className="trace" aria-label={heading ?? t('dock:reachability.traceResult')}>
      <p role="status" className={`verdict verdict-${result.verdict}`}>
        {result.flow.from} → {result.flow.to} {result.flow.protocol}
        {result.flow.destinationPort ? `/${result.flow.destinationPort}` : ''}:{' '}
        <strong>{t('dock:reachability.verdict', { verdict: result.verdict })}</strong>
        {result.flow.source && (
          <span className="muted">
            {' '}
            ({result.flow.source} → {result.flow.destination})
          </span>
        )}
      </p>
      {result.passing && result.passing.length > 0 && (
        <p className="muted">
          {t('dock:reachability.passes')}: {result.passing.map((p) => `${p.protocol} ${p.ports}`.trim()).join('; ')}
        </p>
      )}
      {result.explanations.length > 0 && (
        <ol className="explanations" aria-label={t('dock:reachability.explanations')}>
          {result.explanations.map((e, i) => {
            const text = explanationSentence(e, language);
            return (
              <li key={i}>
                <code>{e.code}</code> <CodeInfo code={e.code} />{' '}
                <span className="muted">
                  ({t('dock:reachability.path', { path: e.path })}
                  {e.direction ? `, ${t('dock:reachability.direction', { direction: e.direction })}` : ''})
                </span>{' '}
                {text.message}{' '}
                <em>
                  {t('dock:reachability.fix')}: {text.fix}
                </em>
              </li>
            );
          })}
        </ol>
      )}
      <div className="paths">
        <HopList
          id="Forward path"
          label={t('dock:reachability.forwardPath')}
          hops={result.forward}
          path="forward"
          leg={leg}
        />
        {forwardBlocked(result) ? (
          <div className="hop-list">
            <h4 id="hops-Return path">{t('dock:reachability.returnPath')}</h4>
            <p className="muted">{t('dock:reachability.noReturnPath')}</p>
          </div>
        ) : (
          <HopList
            id="Return path"
            label={t('dock:reachability.returnPath')}
            hops={result.return}
            path="return"
            leg={leg}
          />
        )}
      </div>
      {result.legs?.map((leg, i) => (
        <TraceView key={i} result={leg} heading={t('dock:reachability.balancerLeg', { to: leg.flow.to })} leg={i} />
      ))}
    </section>
  );
}

function HopList({
  id,
  label,
  hops,
  path,
  leg,
}: {
  id: string;
  label: string;
  hops: readonly Hop[];
  path: PathKind;
  leg: number | undefined;
}) {
  const t = useT();
  const language = useCurrentLanguage();
  const picked = useTrace((state) => (state.hop?.path === path && state.hop.leg === leg ? state.hop.index : -1));
  return (
    <div className="hop-list">
      <h4 id={`hops-${id}`}>{label}</h4>
      {hops.length === 0 ? (
        <p className="muted">{t('dock:reachability.none')}</p>
      ) : (
        <ol aria-label={label}>
          {hops.map((hop, i) => (
            <li key={i}>
              <button
                type="button"
                className={`hop hop-${hop.action}`}
                title={hopText(hop, language)}
                aria-current={i === picked ? 'step' : undefined}
                onClick={() => {
                  focusHop(hops, i);
                  pickHop({ path, ...(leg === undefined ? {} : { leg }), index: i });
                }}
              >
                {`${i + 1}. ${hop.component} ${filterActionWord(hop, language) ?? t('dock:reachability.action', { action: hop.action })}`}
              </button>{' '}
              <span className="muted hop-note">{hopNoteText(hop.note, language)}</span>
              <HopInterfacesLine hop={hop} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Which network interface of a multi-homed instance the hop used, on a line of its own; nothing otherwise. */
function HopInterfacesLine({ hop }: { hop: Hop }) {
  const language = useCurrentLanguage();
  const text = hopInterfacesText(hop, language);
  return text ? <span className="muted hop-interfaces">{text}</span> : null;
}
