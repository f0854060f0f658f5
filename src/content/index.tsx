import { render } from 'preact';

// Interim until the site adapters land: a posting is a page with a heading and a long description.
const heading = document.querySelector('h1, .app-title');
const description = document.querySelector('#content, .job__description, main');
const words = description?.textContent?.split(/\s+/).filter(Boolean).length ?? 0;

if (heading && description && words > 50) {
  const host = document.createElement('rolelens-root');
  const shadow = host.attachShadow({ mode: 'closed' });
  render(
    <aside aria-label="RoleLens">
      <h2>{heading.textContent?.trim()}</h2>
      <p>{words} words in the posting (not yet classified)</p>
    </aside>,
    shadow,
  );
  document.documentElement.append(host);
}
