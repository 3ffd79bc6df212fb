import { useMemo } from 'react';
import { isImplicitId, type DocumentIndex, type ValidationIssue } from '../../../src/model/index.ts';
import { TagsField } from './fields/TagsField.tsx';
import { FormContext, issuesOf, pathMatches, type FormApi } from './form-context.ts';
import { CommonFields } from './forms/CommonFields.tsx';
import { ResourceForm } from './forms/ResourceForm.tsx';
import { updateResource } from './store-edits.ts';
import { useT } from '../../i18n/use-t.ts';

/** The form of one resource, with its validation errors placed at the fields they concern. */
export function ResourcePanel(props: {
  readonly id: string;
  readonly index: DocumentIndex;
  readonly errors: readonly ValidationIssue[];
}) {
  const { id, index, errors } = props;
  const resource = index.byId.get(id);
  const document = index.document;
  const t = useT();
  const api = useMemo<FormApi | null>(
    () =>
      resource
        ? {
            resource,
            document,
            index,
            issues: issuesOf(document, errors, resource),
            apply: (patch) => updateResource(resource.id, patch),
          }
        : null,
    [resource, document, index, errors],
  );
  if (!resource || !api) return <p className="muted">{t('inspector:noLongerInDesign', { id })}</p>;
  // Errors on the resource as a whole, or on a field no form shows, are listed at the top.
  const fields = Object.keys(resource).map((key) => `.${key}`);
  const general = api.issues.filter((issue) => !fields.some((field) => pathMatches(issue.path, field)));
  return (
    <FormContext value={api}>
      <form
        className="resource-form"
        aria-label={t('inspector:formName', { type: t(`palette:items.${resource.type}`), id: resource.id })}
        onSubmit={(e) => e.preventDefault()}
      >
        <p className="resource-kind">
          {t(`palette:items.${resource.type}`)}
          {isImplicitId(resource.id) && (
            <span className="badge" title={t('inspector:implicitTitle')}>
              {t('inspector:implicit')}
            </span>
          )}
        </p>
        {general.length > 0 && (
          <ul className="problems" aria-label={t('inspector:problems')}>
            {general.map((issue, i) => (
              <li key={i}>{issue.message}</li>
            ))}
          </ul>
        )}
        <CommonFields />
        <ResourceForm resource={resource} />
        <TagsField tags={resource.tags} onChange={(tags) => api.apply({ tags })} />
      </form>
    </FormContext>
  );
}
