// A view that throws shows what went wrong instead of a blank page.
import { Component, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      return (
        <div role="alert" className="banner banner-error">
          <p>This view failed: {this.state.error.message}</p>
          <p>
            <a href="/">Back to the start</a>
          </p>
        </div>
      );
    }
    return this.props.children;
  }
}
