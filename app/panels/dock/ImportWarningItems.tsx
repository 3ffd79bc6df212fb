import { useMemo } from 'react';
import { awsWarningMessage, type AwsImportWarning } from '../../../src/io/aws/index.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/store.ts';

/**
 * The last AWS import's warnings as "Warning" items of the Findings list: the AWS id (a button
 * selecting it when the resource is in the design), the sentence, and the file it came from.
 */
export function ImportWarningItems({ warnings }: { readonly warnings: readonly AwsImportWarning[] }) {
  const t = useT();
  const severity = t('dock:findings.severity.warning');
  const select = useEditor((state) => state.select);
  const resources = useEditor((state) => state.document.resources);
  const present = useMemo(() => new Set(resources.map((r) => r.id)), [resources]);
  return warnings.map((warning, i) => (
    <li key={`import-${i}`} className="finding finding-warning finding-import" title={warning.file}>
      <span className="finding-severity">{severity}</span>{' '}
      {present.has(warning.id) ? (
        <button type="button" className="link-button" onClick={() => select([warning.id])}>
          {warning.id}
        </button>
      ) : (
        <code>{warning.id}</code>
      )}{' '}
      <span>
        {t('importAws:findingTitle')}: {awsWarningMessage(warning, t)}
      </span>
    </li>
  ));
}
