// A card with a heading: what every page's tables and lists sit in. The
// heading names the section for screen readers (aria-labelledby); actions
// (export buttons) sit beside it.
import type { ReactNode, Ref } from 'react';
import { ZhRuns } from './ZhText';

interface SectionProps {
  /** The heading's id, which labels the section. */
  headingId: string;
  title: ReactNode;
  subtitle?: ReactNode;
  /** Grid span and other classes besides `card`. */
  className?: string;
  testId?: string;
  /** Data attributes of the section (`data-key`). */
  data?: { [data: `data-${string}`]: string };
  actions?: ReactNode;
  children?: ReactNode;
  /** The card itself, for saving its chart as a picture. */
  ref?: Ref<HTMLElement>;
}

export function Section({ headingId, title, subtitle, className, testId, data, actions, children, ref }: SectionProps) {
  return (
    <section ref={ref} className={className ? `card ${className}` : 'card'} aria-labelledby={headingId} data-testid={testId} {...data}>
      <header className="card-header">
        {/* The title's Chinese is not marked: a zh-CN run's taller CJK line box overlaps the next line of a heading that wraps (390 px). */}
        <h2 id={headingId}>{title}</h2>
        {subtitle !== undefined && <p className="card-subtitle">{typeof subtitle === 'string' ? <ZhRuns text={subtitle} /> : subtitle}</p>}
        {actions}
      </header>
      {children}
    </section>
  );
}
