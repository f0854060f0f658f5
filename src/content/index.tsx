import { render } from 'preact';

const host = document.createElement('rolelens-root');
const shadow = host.attachShadow({ mode: 'closed' });
render(<aside aria-label="RoleLens">RoleLens</aside>, shadow);
document.documentElement.append(host);
