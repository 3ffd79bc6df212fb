import { useEditor } from '../../store/store.ts';
import { useCurrentReport } from '../../analysis/analysis-store.ts';
import { findingText } from '../../../src/i18n/render/finding.ts';
import { validationText } from '../../../src/i18n/render/validation.ts';
import { CodeInfo } from '../../glossary/TermInfo.tsx';
import { useCurrentLanguage } from '../../i18n/language-store.ts';
import { ImportWarningItems } from './ImportWarningItems.tsx';
import { useCurrentImportWarnings } from '../../document/import-warnings.ts';
import { useT } from '../../i18n/use-t.ts';
import { describeIacWarning } from '../../../src/io/iac/describe.ts';

/**
 * What the last AWS import could not bring in as AWS has it, then validation errors, then
 * configuration findings; each names its resource with a button that selects it.
 */
export function FindingsPanel() {
  const report = useCurrentReport();
  const imported = useCurrentImportWarnings();
  const select = useEditor((state) => state.select);
  const t = useT();
  const language = useCurrentLanguage();
  if (!report) return <p className="muted">{t('dock:findings.checking')}</p>;
  const items = [
    ...report.errors.map((e) => ({
      severity: 'error' as const,
      resource: e.resource,
      text: validationText(e, language),
      code: undefined,
      key: `${e.code}${e.path}`,
    })),
    ...report.findings.map((f) => ({
      severity: f.severity,
      resource: f.resource,
      text: findingText(f, language),
      code: f.code,
      key: `${f.code}${f.resource}${f.path ?? ''}`,
    })),
    // What the CloudFormation or Terraform import of this design could not carry over.
    ...imported.iac.map((w) => ({
      severity: 'warning' as const,
      resource: null,
      code: undefined,
      text: `${t('iac:findings.label')}: ${describeIacWarning(w, t)}`,
      key: `import${w.code}${w.subject}${w.property}`,
    })),
  ];
  if (items.length === 0 && imported.aws.length === 0) return <p className="muted">{t('dock:findings.none')}</p>;
  return (
    <ul className="findings">
      <ImportWarningItems warnings={imported.aws} />
      {items.map((item, i) => (
        <li key={`${item.key}-${i}`} className={`finding finding-${item.severity}`}>
          <span className="finding-severity">{t(`dock:findings.severity.${item.severity}`)}</span>{' '}
          {item.resource && (
            <button type="button" className="link-button" onClick={() => select([item.resource!])}>
              {item.resource}
            </button>
          )}{' '}
          <span>
            {item.text} {item.code && <CodeInfo code={item.code} />}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The tab label's count: errors plus findings of the revision on screen. */
export function useFindingsCount(): number | undefined {
  const report = useCurrentReport();
  const imported = useCurrentImportWarnings();
  return report ? report.errors.length + report.findings.length + imported.aws.length + imported.iac.length : undefined;
}
