import { useId, useState, type KeyboardEvent } from 'react';

const TABS = [
  { key: 'reachability', label: 'Reachability', empty: 'Pick a source and a destination to trace a flow hop by hop.' },
  {
    key: 'intents',
    label: 'Intents',
    empty: 'No intents yet. An intent states a flow that must be allowed or blocked.',
  },
  { key: 'findings', label: 'Findings', empty: 'No errors or findings in this design.' },
] as const;

type TabKey = (typeof TABS)[number]['key'];

/** The bottom dock: a WAI-ARIA tab list (arrow keys move between tabs). */
export function Dock() {
  const [active, setActive] = useState<TabKey>('reachability');
  const baseId = useId();
  const tabId = (key: TabKey) => `${baseId}-tab-${key}`;
  const panelId = (key: TabKey) => `${baseId}-panel-${key}`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((tab) => tab.key === active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    setActive(next.key);
    document.getElementById(tabId(next.key))?.focus();
  };

  return (
    <section className="dock" aria-label="Analysis">
      <div role="tablist" aria-label="Analysis" className="dock-tabs" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.key}
            id={tabId(tab.key)}
            role="tab"
            type="button"
            aria-selected={active === tab.key}
            aria-controls={panelId(tab.key)}
            tabIndex={active === tab.key ? 0 : -1}
            onClick={() => setActive(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab.key}
          id={panelId(tab.key)}
          role="tabpanel"
          aria-labelledby={tabId(tab.key)}
          hidden={active !== tab.key}
          className="dock-panel"
        >
          <p className="muted">{tab.empty}</p>
        </div>
      ))}
    </section>
  );
}
