import { useState, type FormEvent } from 'react';
import { analysisClient } from '../../analysis/client-instance.ts';
import { clearTrace, showTrace, traceHolds, useTrace, type TracedFlow } from '../../analysis/trace-store.ts';
import { useEditor } from '../../store/store.ts';
import { useReadOnly } from '../../collab/ui/use-read-only.ts';
import { OptionList } from '../OptionList.tsx';
import { useEndpointOptions } from './use-endpoint-options.ts';
import { ReachList, type TraceProtocol } from './ReachList.tsx';
import { TraceView } from './TraceView.tsx';
import { PacketWalk } from './PacketWalk.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { TraceProblem } from '../../../src/engine/index.ts';
import { traceProblemText } from '../../../src/i18n/render/validation.ts';
import { useCurrentLanguage } from '../../i18n/language-store.ts';

type Protocol = TraceProtocol;

/**
 * Trace one flow (From, To, Protocol, Port) in the worker and show it hop by hop; for the
 * selected resource, list what it can reach and what can reach it, from the all-pairs matrix.
 * The trace itself lives in the trace slice, which the canvas draws, until "Clear trace", the
 * next trace or an edit that changes the analysis.
 */
export function ReachabilityPanel() {
  const revision = useEditor((state) => state.revision);
  const selection = useEditor((state) => state.selection);
  const dispatch = useEditor((state) => state.dispatch);
  const readOnly = useReadOnly();
  const t = useT();
  const language = useCurrentLanguage();
  const options = useEndpointOptions();
  const [from, setFrom] = useState('internet');
  const [to, setTo] = useState('');
  const [protocol, setProtocol] = useState<Protocol>('tcp');
  const [port, setPort] = useState('443');
  const traced = useTrace((state) => state.traced);
  const [failure, setFailure] = useState<{
    revision: number;
    error: string;
    problem?: TraceProblem | undefined;
  } | null>(null);
  const needsPort = protocol === 'tcp' || protocol === 'udp';
  const destination = to || options.find((o) => o.value !== from && o.value !== 'internet')?.value || 'internet';

  const runTrace = async (source: string, target: string) => {
    const client = analysisClient();
    if (!client) return;
    const query = { from: source, to: target, protocol, ...(needsPort ? { port: Number(port) } : {}) };
    const document = useEditor.getState().document;
    const reply = await client.trace(revision, query);
    // An answer for a design that has since changed what it would say is not shown.
    if (!traceHolds({ document }, useEditor.getState().document)) return;
    if (reply.ok) {
      showTrace({ revision: reply.revision, document, query, result: reply.result });
      setFailure(null);
    } else {
      clearTrace();
      setFailure({ revision: reply.revision, error: reply.error, problem: reply.problem });
    }
  };

  const trace = (event: FormEvent) => {
    event.preventDefault();
    void runTrace(from, destination);
  };
  /** A reach list's pair: fill From and To (protocol and port are already the list's) and trace it. */
  const tracePair = (source: string, target: string) => {
    setFrom(source);
    setTo(target);
    void runTrace(source, target);
  };

  /** The traced flow as an intent expecting what the trace found (the flow traced, whatever the form says now). */
  const addIntent = ({ query, result }: TracedFlow) => {
    const intents = useEditor.getState().document.intents ?? [];
    const taken = new Set(intents.map((i) => i.id));
    let n = intents.length + 1;
    while (taken.has(`intent-${n}`)) n++;
    const expect = result.verdict === 'allowed' ? 'allowed' : 'blocked';
    dispatch({ type: 'set-intents', intents: [...intents, { id: `intent-${n}`, ...query, expect }] });
  };

  const portNumber = Number(port);
  // The lists answer for the port typed; with none valid, for any port.
  const portAsked =
    needsPort && Number.isInteger(portNumber) && portNumber >= 1 && portNumber <= 65535 ? portNumber : undefined;
  const failed = failure && failure.revision === revision ? failure : null;
  const selected = selection.length === 1 ? selection[0] : undefined;
  return (
    <div className="reachability">
      <form className="trace-form" onSubmit={trace}>
        <label>
          {t('dock:reachability.from')}
          <select className="endpoint-select" value={from} onChange={(e) => setFrom(e.target.value)}>
            <OptionList options={options} />
          </select>
        </label>
        <label>
          {t('dock:reachability.to')}
          <select className="endpoint-select" value={destination} onChange={(e) => setTo(e.target.value)}>
            <OptionList options={options} />
          </select>
        </label>
        <label>
          {t('dock:reachability.protocol')}
          <select value={protocol} onChange={(e) => setProtocol(e.target.value as Protocol)}>
            <option value="tcp">TCP</option>
            <option value="udp">UDP</option>
            <option value="icmp">ICMP</option>
            <option value="all">{t('dock:reachability.all')}</option>
          </select>
        </label>
        <label>
          {t('dock:reachability.port')}
          <input
            type="number"
            min={1}
            max={65535}
            value={needsPort ? port : ''}
            disabled={!needsPort}
            onChange={(e) => setPort(e.target.value)}
          />
        </label>
        <button type="submit">{t('dock:reachability.trace')}</button>
      </form>
      {failed && <p role="alert">{traceProblemText(failed, language)}</p>}
      {traced && (
        <>
          <PacketWalk result={traced.result} />
          <TraceView result={traced.result} />
          <div className="trace-actions">
            <button type="button" disabled={readOnly} onClick={() => addIntent(traced)}>
              {t('dock:reachability.addAsIntent')}
            </button>
            <button type="button" onClick={clearTrace}>
              {t('dock:reachability.clearTrace')}
            </button>
          </div>
        </>
      )}
      {selected && <ReachList id={selected} protocol={protocol} port={portAsked} onTrace={tracePair} />}
    </div>
  );
}
