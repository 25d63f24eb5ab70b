import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import type { FirstPageText } from '../i18n/text-types';

interface Props {
  readonly children: ReactNode;
  /** Changing it (e.g. the path) clears a caught error, so navigating away recovers. */
  readonly resetKey: string;
  /** The app's start page (the base path), loaded afresh. */
  readonly homeHref: string;
  readonly text: FirstPageText['routeError'];
}

interface State {
  readonly error: unknown;
  readonly resetKey: string;
}

/** Catches render bugs in one route so the layout and navigation survive them. */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Names and stacks only: no state, props or tokens reach the console.
    console.error(
      'Route crashed:',
      error instanceof Error ? error.name : typeof error,
      info.componentStack,
    );
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const isChunkError =
      this.state.error instanceof Error &&
      /dynamically imported module|import/i.test(this.state.error.message);
    const { text } = this.props;
    return (
      <div role="alert" className="panel panel-error">
        <h2>{isChunkError ? text.chunkTitle : text.crashTitle}</h2>
        <p>{isChunkError ? text.chunkMessage : text.crashMessage}</p>
        <div className="actions">
          <button type="button" onClick={() => window.location.reload()}>
            {text.reload}
          </button>
          <a href={this.props.homeHref}>{text.goHome}</a>
        </div>
      </div>
    );
  }
}
