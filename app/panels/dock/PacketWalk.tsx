import { useEffect, useRef } from 'react';
import type { DecidingRule, Hop, TraceResult } from '../../../src/engine/index.ts';
import type { Translate } from '../../../src/i18n/i18n.ts';
import {
  changedFields,
  FLOW_LOG_FIELDS,
  flowLogLine,
  HEADER_FIELDS,
  type WalkStep,
} from '../../analysis/packet-walk.ts';
import { setWalkSpeed, stepsOf, useWalk, walk, WALK_SPEEDS, type WalkSpeed } from '../../analysis/walk-store.ts';
import { explanationSentence } from '../../../src/i18n/render/explanation.ts';
import { filterActionWord, hopInterfacesText, hopNoteText } from '../../../src/i18n/render/hop-note.ts';
import { useCurrentLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { RESOURCE_TYPES, type ResourceType } from '../../../src/model/index.ts';
import './packet-walk.css';
import { useWalkKeys } from './use-walk-keys.ts';
import { usePlayClock, useWalkFocus } from './use-walk-focus.ts';

/**
 * The packet walk (Packet Tracer's simulation mode): Play, Previous hop, Next hop and Stop, and
 * the region "Packet" (announced politely) with the hop the packet is at, what the component did,
 * the rule that decided it, the header as it leaves (what a translation rewrote marked) and the
 * hop as a VPC Flow Logs line; at a blocker, REJECT with the explanation and its fix.
 */
export function PacketWalk({ result }: { result: TraceResult }) {
  const t = useT();
  const playing = useWalk((state) => state.playing);
  const index = useWalk((state) => state.index);
  const steps = stepsOf(result);
  const step = steps[index];
  const root = useRef<HTMLDivElement>(null);
  useWalkKeys(root);
  useWalkFocus(step);
  const speed = useWalk((state) => state.speed);
  usePlayClock(playing, index, speed);
  const started = index >= 0;
  useEffect(() => {
    // The dock is short: when the packet sets out, the walk moves to its top, above the lists,
    // unless a hop button in those lists sent it there (the person is reading them).
    const walkRoot = root.current;
    if (!started || !walkRoot) return;
    const active = document.activeElement;
    if (walkRoot.closest('[role="tabpanel"]')?.contains(active) && !walkRoot.contains(active)) return;
    walkRoot.scrollIntoView({ block: 'start' });
  }, [started]);
  if (steps.length === 0) return null;
  return (
    <div className="packet-walk" ref={root}>
      <div role="group" aria-label={t('packetWalk:controls.label')} className="walk-controls">
        <button
          type="button"
          className="walk-play"
          aria-keyshortcuts="Space"
          title={t(playing ? 'packetWalk:controls.pauseTitle' : 'packetWalk:controls.playTitle')}
          onClick={() => walk('toggle')}
        >
          <span aria-hidden="true" className="walk-glyph">
            {playing ? '❚❚' : '▶'}
          </span>
          {t(playing ? 'packetWalk:controls.pause' : 'packetWalk:controls.play')}
        </button>
        <button
          type="button"
          aria-keyshortcuts="ArrowLeft"
          title={t('packetWalk:controls.previousTitle')}
          disabled={index <= 0}
          onClick={() => walk('previous')}
        >
          <span aria-hidden="true" className="walk-glyph">
            ◀
          </span>
          {t('packetWalk:controls.previous')}
        </button>
        <button
          type="button"
          aria-keyshortcuts="ArrowRight"
          title={t('packetWalk:controls.nextTitle')}
          disabled={index >= steps.length - 1 || step?.blocked === true}
          onClick={() => walk('next')}
        >
          {t('packetWalk:controls.next')}
          <span aria-hidden="true" className="walk-glyph">
            ▶
          </span>
        </button>
        <button
          type="button"
          aria-keyshortcuts="Escape"
          title={t('packetWalk:controls.stopTitle')}
          disabled={index < 0}
          onClick={() => walk('stop')}
        >
          <span aria-hidden="true" className="walk-glyph">
            ■
          </span>
          {t('packetWalk:controls.stop')}
        </button>
        <label className="walk-speed">
          {t('packetWalk:controls.speed')}
          <select value={speed} onChange={(event) => setWalkSpeed(event.target.value as WalkSpeed)}>
            {(Object.keys(WALK_SPEEDS) as WalkSpeed[]).map((s) => (
              <option key={s} value={s}>
                {t('packetWalk:controls.speedName', { speed: s })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <section
        role="region"
        aria-label={t('packetWalk:region')}
        aria-live="polite"
        className={`packet${step?.blocked ? ' is-blocked' : ''}`}
      >
        {step ? (
          <StepDetails step={step} n={index + 1} count={steps.length} />
        ) : (
          <p className="muted">{t('packetWalk:idle')}</p>
        )}
      </section>
    </div>
  );
}

function StepDetails({ step, n, count }: { step: WalkStep; n: number; count: number }) {
  const t = useT();
  const language = useCurrentLanguage();
  const { hop } = step;
  const changed = changedFields(step);
  const explanation = step.explanation && explanationSentence(step.explanation, language);
  const interfaces = hopInterfacesText(hop, language);
  const last = n === count;
  return (
    <>
      <div className="packet-body">
        <div className="packet-main">
          <p className="packet-step">
            <strong>{t('packetWalk:step', { n, count })}</strong>
            {' · '}
            {t('packetWalk:way', { path: step.path, hop: step.index + 1 })}
            {step.leg === undefined ? '' : ` · ${t('packetWalk:leg', { n: step.leg + 1 })}`}
          </p>
          <dl className="packet-facts">
            <dt>{t('packetWalk:component')}</dt>
            <dd>
              <code>{hop.component}</code>{' '}
              <span className="muted">
                ({language === 'en' ? hop.componentType : componentTypeWord(hop.componentType, t)})
              </span>
            </dd>
            <dt>{t('packetWalk:did')}</dt>
            <dd>
              <strong className={`packet-action is-${hop.action}`}>
                {filterActionWord(hop, language) ?? t('dock:reachability.action', { action: hop.action })}
              </strong>
              : {hopNoteText(hop.note, language)}
            </dd>
            {interfaces && (
              <>
                <dt>{t('interface-trace:walk.label')}</dt>
                <dd>{interfaces}</dd>
              </>
            )}
            <dt>{t('packetWalk:rule.label')}</dt>
            <dd>{ruleText(t, hop)}</dd>
          </dl>
          {step.blocked && (
            <div className="packet-blocked">
              <p>
                <span className="packet-cross" aria-hidden="true">
                  ✕
                </span>{' '}
                <strong>{t('packetWalk:blocked')}</strong>
              </p>
              {step.explanation && explanation && (
                <p>
                  <code>{step.explanation.code}</code> {explanation.message}{' '}
                  <em>
                    {t('packetWalk:fix')}: {explanation.fix}
                  </em>
                </p>
              )}
            </div>
          )}
        </div>
        <div className="packet-side">
          <table className="packet-header">
            <caption>{t('packetWalk:header.caption')}</caption>
            <tbody>
              {HEADER_FIELDS.map((field) => {
                const rewritten = changed.includes(field);
                return (
                  <tr key={field} className={rewritten ? 'is-changed' : undefined}>
                    <th scope="row">{t(`packetWalk:header.${field}`)}</th>
                    <td>
                      <code>{hop.header[field]}</code>
                      {rewritten && (
                        <span className="packet-changed">
                          {' '}
                          ({t('packetWalk:header.changed', { before: step.before[field] })})
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <figure className="packet-flow-log">
            <figcaption>
              <strong>{t('packetWalk:flowLog.label')}</strong> <span className="muted">{FLOW_LOG_FIELDS}</span>
            </figcaption>
            <code className={step.blocked ? 'flow-reject' : 'flow-accept'}>{flowLogLine(step)}</code>
            <p className="muted packet-caption">{t('packetWalk:flowLog.caption')}</p>
          </figure>
        </div>
      </div>

      {last && !step.blocked && (
        <p className="packet-end">{t(step.path === 'return' ? 'packetWalk:arrived' : 'packetWalk:delivered')}</p>
      )}
    </>
  );
}

/** The rule that decided a hop, worded: "Network ACL acl-1, inbound rule 100: allow". */
function ruleText(t: Translate, hop: Hop): string {
  const rule: DecidingRule | undefined = hop.rule;
  switch (rule?.kind) {
    case 'route':
      return t('packetWalk:rule.route', { destination: rule.destination, target: rule.target, table: rule.table });
    case 'nacl-rule':
      return t('packetWalk:rule.nacl', {
        nacl: rule.nacl,
        direction: rule.direction,
        rule: String(rule.rule),
        allowed: hop.action === 'drop' ? 'no' : 'yes',
      });
    case 'sg-rule':
      return t('packetWalk:rule.sg', { group: rule.group, direction: rule.direction, rule: String(rule.rule) });
    case 'tgw-route':
      return t('packetWalk:rule.tgw', {
        gateway: rule.gateway,
        destination: rule.destination,
        attachment: rule.attachment,
        origin: rule.origin,
      });
    case 'listener':
      return t('packetWalk:rule.listener', {
        protocol: rule.protocol.toUpperCase(),
        port: String(rule.port),
        balancer: rule.balancer,
      });
    default:
      return t(hop.action === 'drop' ? 'packetWalk:rule.noneAllows' : 'packetWalk:rule.none');
  }
}

/** A hop's kind of component as the palette names it (`network-acl` is ネットワーク ACL in 日本語); English keeps the format's type. */
function componentTypeWord(type: string, t: Translate): string {
  const known = RESOURCE_TYPES.find((resourceType): resourceType is ResourceType => resourceType === type);
  return known === undefined ? type : t(`palette:items.${known}`);
}
