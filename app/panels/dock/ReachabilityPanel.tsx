import { useState, type FormEvent } from 'react';
import { cellBetween, matrixVerdict, type TraceResult } from '../../../src/engine/index.ts';
import { useCurrentReport } from '../../analysis/analysis-store.ts';
import { analysisClient } from '../../analysis/client-instance.ts';
import { useEditor } from '../../store/store.ts';
import { OptionList } from '../OptionList.tsx';
import { useEndpointOptions } from './use-endpoint-options.ts';
import { TraceView } from './TraceView.tsx';
import { useMessages } from '../../i18n/use-messages.ts';

type Protocol = 'tcp' | 'udp' | 'icmp' | 'all';

/**
 * Trace one flow (From, To, Protocol, Port) in the worker and show it hop by hop; for the
 * selected resource, list what it can reach and what can reach it, from the all-pairs matrix.
 */
export function ReachabilityPanel() {
  const revision = useEditor((state) => state.revision);
  const selection = useEditor((state) => state.selection);
  const dispatch = useEditor((state) => state.dispatch);
  const m = useMessages().reachability;
  const options = useEndpointOptions();
  const [from, setFrom] = useState('internet');
  const [to, setTo] = useState('');
  const [protocol, setProtocol] = useState<Protocol>('tcp');
  const [port, setPort] = useState('443');
  const [result, setResult] = useState<
    { revision: number; trace: TraceResult } | { revision: number; error: string } | null
  >(null);
  const needsPort = protocol === 'tcp' || protocol === 'udp';
  const destination = to || options.find((o) => o.value !== from && o.value !== 'internet')?.value || 'internet';

  const trace = async (event: FormEvent) => {
    event.preventDefault();
    const client = analysisClient();
    if (!client) return;
    const query = { from, to: destination, protocol, ...(needsPort ? { port: Number(port) } : {}) };
    const reply = await client.trace(revision, query);
    setResult(
      reply.ok ? { revision: reply.revision, trace: reply.result } : { revision: reply.revision, error: reply.error },
    );
  };

  const addIntent = (trace: TraceResult) => {
    const intents = useEditor.getState().document.intents ?? [];
    const taken = new Set(intents.map((i) => i.id));
    let n = intents.length + 1;
    while (taken.has(`intent-${n}`)) n++;
    const expect = trace.verdict === 'allowed' ? 'allowed' : 'blocked';
    dispatch({
      type: 'set-intents',
      intents: [
        ...intents,
        { id: `intent-${n}`, from, to: destination, protocol, ...(needsPort ? { port: Number(port) } : {}), expect },
      ],
    });
  };

  const current = result && result.revision === revision ? result : null;
  const selected = selection.length === 1 ? selection[0] : undefined;
  return (
    <div className="reachability">
      <form className="trace-form" onSubmit={trace}>
        <label>
          {m.from}
          <select className="endpoint-select" value={from} onChange={(e) => setFrom(e.target.value)}>
            <OptionList options={options} />
          </select>
        </label>
        <label>
          {m.to}
          <select className="endpoint-select" value={destination} onChange={(e) => setTo(e.target.value)}>
            <OptionList options={options} />
          </select>
        </label>
        <label>
          {m.protocol}
          <select value={protocol} onChange={(e) => setProtocol(e.target.value as Protocol)}>
            <option value="tcp">TCP</option>
            <option value="udp">UDP</option>
            <option value="icmp">ICMP</option>
            <option value="all">{m.all}</option>
          </select>
        </label>
        <label>
          {m.port}
          <input
            type="number"
            min={1}
            max={65535}
            value={needsPort ? port : ''}
            disabled={!needsPort}
            onChange={(e) => setPort(e.target.value)}
          />
        </label>
        <button type="submit">{m.trace}</button>
      </form>
      {current && 'error' in current && <p role="alert">{current.error}</p>}
      {current && 'trace' in current && (
        <>
          <TraceView result={current.trace} />
          <button type="button" onClick={() => addIntent(current.trace)}>
            {m.addAsIntent}
          </button>
        </>
      )}
      {selected && <Reach id={selected} port={needsPort ? Number(port) : undefined} protocol={protocol} />}
    </div>
  );
}

/** "What can reach this?" and "What can this reach?" for the selected resource, from the matrix. */
function Reach({ id, port, protocol }: { id: string; port: number | undefined; protocol: Protocol }) {
  const m = useMessages().reachability;
  const report = useCurrentReport();
  const [direction, setDirection] = useState<'in' | 'out' | null>(null);
  const matrix = report?.matrix;
  if (!matrix || !matrix.endpoints.some((e) => e.id === id)) return null;
  const kind = protocol === 'all' ? 'tcp' : protocol === 'icmp' ? 'icmp' : protocol;
  const rows =
    direction === null
      ? []
      : matrix.endpoints
          .filter((e) => e.id !== id)
          .map((e) => {
            const cell = direction === 'in' ? cellBetween(matrix, e.id, id) : cellBetween(matrix, id, e.id);
            return {
              id: e.id,
              verdict: cell
                ? m.verdict(matrixVerdict(cell, kind, protocol === 'all' ? undefined : port))
                : m.notAnalysed,
            };
          });
  return (
    <div className="reach">
      <button type="button" onClick={() => setDirection('in')}>
        {m.whatCanReachThis}
      </button>
      <button type="button" onClick={() => setDirection('out')}>
        {m.whatCanThisReach}
      </button>
      {direction && (
        <ul aria-label={direction === 'in' ? `What can reach ${id}` : `What ${id} can reach`}>
          {rows.map((row) => (
            <li key={row.id}>
              {row.id}: {row.verdict}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
