// The overview's list and the alerts page's groups alike: an ordered list
// of alerts, or the sentence saying there is none, under one test id.
import type { ReactNode } from 'react';

interface AlertListOrNoneProps {
  count: number;
  none: string;
  className: string;
  children: ReactNode;
}

export function AlertListOrNone({ count, none, className, children }: AlertListOrNoneProps) {
  if (count === 0) {
    return (
      <p className="empty" data-testid="alert-list">
        {none}
      </p>
    );
  }
  return (
    <ol className={className} data-testid="alert-list">
      {children}
    </ol>
  );
}
