import { Fragment } from 'react';
import { parseMarkdownLite, type Span } from './markdown-lite.ts';

/** Markdown-lite drawn as HTML: paragraphs and bullet lists, bold, italic and code. */
export function AnnotationText({ text }: { readonly text: string }) {
  const lines = parseMarkdownLite(text);
  const out: React.ReactNode[] = [];
  let bullets: React.ReactNode[] = [];
  const flush = () => {
    if (bullets.length > 0) out.push(<ul key={`ul${out.length}`}>{bullets}</ul>);
    bullets = [];
  };
  lines.forEach((line, i) => {
    const body = line.spans.map((span, j) => <SpanText key={j} span={span} />);
    if (line.bullet) {
      bullets.push(<li key={i}>{body}</li>);
      return;
    }
    flush();
    out.push(<p key={i}>{body.length > 0 ? body : '\u00a0'}</p>);
  });
  flush();
  return <Fragment>{out}</Fragment>;
}

function SpanText({ span }: { readonly span: Span }) {
  if (span.bold) return <strong>{span.text}</strong>;
  if (span.italic) return <em>{span.text}</em>;
  if (span.code) return <code>{span.text}</code>;
  return <>{span.text}</>;
}
