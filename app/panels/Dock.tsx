import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { FindingsPanel, useFindingsCount } from './dock/FindingsPanel.tsx';
import { IntentsPanel, useFailingIntents } from './dock/IntentsPanel.tsx';
import { ReachabilityPanel } from './dock/ReachabilityPanel.tsx';
import './dock/dock.css';
import { useT } from '../i18n/use-t.ts';

type TabKey = 'reachability' | 'intents' | 'findings';

/** The bottom dock: a WAI-ARIA tab list (arrow keys move between tabs) over the analysis panels. */
export function Dock() {
  const t = useT();
  const [active, setActive] = useState<TabKey>('reachability');
  const baseId = useId();
  const findings = useFindingsCount();
  const failing = useFailingIntents();
  const tabs: { key: TabKey; label: string; panel: ReactNode }[] = [
    { key: 'reachability', label: t('dock:tabs.reachability'), panel: <ReachabilityPanel /> },
    {
      key: 'intents',
      label: failing ? t('dock:tabs.intentsFailing', { count: failing }) : t('dock:tabs.intents'),
      panel: <IntentsPanel />,
    },
    {
      key: 'findings',
      label: findings === undefined ? t('dock:tabs.findings') : t('dock:tabs.findingsCount', { count: findings }),
      panel: <FindingsPanel />,
    },
  ];
  const tabId = (key: TabKey) => `${baseId}-tab-${key}`;
  const panelId = (key: TabKey) => `${baseId}-panel-${key}`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.key === active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    setActive(next.key);
    document.getElementById(tabId(next.key))?.focus();
  };

  return (
    <section className="dock" aria-label={t('dock:analysis')}>
      <div role="tablist" aria-label={t('dock:analysis')} className="dock-tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
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
      {tabs.map((tab) => (
        <div
          key={tab.key}
          id={panelId(tab.key)}
          role="tabpanel"
          aria-labelledby={tabId(tab.key)}
          hidden={active !== tab.key}
          className="dock-panel"
        >
          {active === tab.key && tab.panel}
        </div>
      ))}
    </section>
  );
}
