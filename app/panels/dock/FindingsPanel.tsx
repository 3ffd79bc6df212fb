import { useEditor } from '../../store/store.ts';
import { useCurrentReport } from '../../analysis/analysis-store.ts';
import { findingText } from '../../i18n/findings-ja.ts';
import { useCurrentLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';

/** Validation errors, then configuration findings; each names its resource with a button that selects it. */
export function FindingsPanel() {
  const report = useCurrentReport();
  const select = useEditor((state) => state.select);
  const t = useT();
  const language = useCurrentLanguage();
  if (!report) return <p className="muted">{t('dock:findings.checking')}</p>;
  const items = [
    ...report.errors.map((e) => ({
      severity: 'error' as const,
      resource: e.resource,
      text: e.message,
      key: `${e.code}${e.path}`,
    })),
    ...report.findings.map((f) => ({
      severity: f.severity,
      resource: f.resource,
      text: findingText(f, language),
      key: `${f.code}${f.resource}${f.path ?? ''}`,
    })),
  ];
  if (items.length === 0) return <p className="muted">{t('dock:findings.none')}</p>;
  return (
    <ul className="findings">
      {items.map((item, i) => (
        <li key={`${item.key}-${i}`} className={`finding finding-${item.severity}`}>
          <span className="finding-severity">{t(`dock:findings.severity.${item.severity}`)}</span>{' '}
          {item.resource && (
            <button type="button" className="link-button" onClick={() => select([item.resource!])}>
              {item.resource}
            </button>
          )}{' '}
          <span>{item.text}</span>
        </li>
      ))}
    </ul>
  );
}

/** The tab label's count: errors plus findings of the revision on screen. */
export function useFindingsCount(): number | undefined {
  const report = useCurrentReport();
  return report ? report.errors.length + report.findings.length : undefined;
}
