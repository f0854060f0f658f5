import { render } from 'preact';

render(<main>RoleLens</main>, document.getElementById('app')!);
