import { Component } from 'preact';
import { t } from '../shared/i18n';

interface SummaryLineProps {
  summary: string;
}

/**
 * The one-line summary a person could paste into a message, with a copy button. A class with state rather than
 * a hook: the panel then needs no preact/hooks, which would be its only user in the content script.
 */
export class SummaryLine extends Component<SummaryLineProps, { copied: boolean }> {
  override state = { copied: false };

  private copy = async () => {
    try {
      await navigator.clipboard.writeText(this.props.summary);
      this.setState({ copied: true });
    } catch {
      this.setState({ copied: false });
    }
  };

  override render() {
    return (
      <div class="summary">
        <p>{this.props.summary}</p>
        <button type="button" onClick={this.copy}>
          {this.state.copied ? t('summaryCopied') : t('summaryCopy')}
        </button>
      </div>
    );
  }
}
