// A page that fails to draw (or whose chunk fails to arrive) says so in its
// place; the header keeps working. `resetKey` changes with the page and the
// view: going elsewhere tries again.
import { Component, type ReactNode } from 'react';
import type { Lang } from '../../domain/lang';
import { errorMessage } from '../../domain/messages/error';

interface Props {
  resetKey: string;
  lang: Lang;
  children: ReactNode;
}

interface State {
  key: string;
  error: unknown;
}

export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { key: this.props.resetKey, error: null };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { key: props.resetKey, error: null };
  }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="card error" role="alert">
        {errorMessage(this.state.error, this.props.lang)}
      </div>
    );
  }
}
