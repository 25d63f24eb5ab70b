import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';

interface Props {
  readonly children: ReactNode;
  /** Changing it (e.g. the path) clears a caught error, so navigating away recovers. */
  readonly resetKey: string;
  /** The app's start page (the base path), loaded afresh. */
  readonly homeHref: string;
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
    return (
      <div role="alert" className="panel panel-error">
        <h2>{isChunkError ? 'Part of the app did not load' : 'This page crashed'}</h2>
        <p>
          {isChunkError
            ? 'A new version may have been released, or the connection dropped.'
            : 'Something unexpected went wrong while showing this page.'}
        </p>
        <div className="actions">
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
          <a href={this.props.homeHref}>Go to the start page</a>
        </div>
      </div>
    );
  }
}
