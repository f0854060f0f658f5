// The panel's stylesheet lives in its shadow root; :host resets whatever the page would let it inherit.
export const PANEL_CSS = `
:host { all: initial; }
.panel {
  --bg: #ffffff; --fg: #1e293b; --muted: #64748b; --line: #e2e8f0; --accent: #0f172a;
  --external: #1d4ed8; --internal: #c2410c; --warn-bg: #fef3c7; --warn-fg: #78350f; --focus: #2563eb;
  position: fixed; top: 72px; z-index: 2147483646; box-sizing: border-box;
  width: min(360px, calc(100vw - 24px)); max-height: calc(100vh - 96px); overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(15, 23, 42, 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
}
@media (prefers-color-scheme: dark) {
  .panel[data-theme="system"] {
    --bg: #0f172a; --fg: #e2e8f0; --muted: #94a3b8; --line: #334155; --accent: #f8fafc;
    --external: #93c5fd; --internal: #fdba74; --warn-bg: #422006; --warn-fg: #fde68a; --focus: #93c5fd;
  }
}
.panel[data-theme="dark"] {
  --bg: #0f172a; --fg: #e2e8f0; --muted: #94a3b8; --line: #334155; --accent: #f8fafc;
  --external: #93c5fd; --internal: #fdba74; --warn-bg: #422006; --warn-fg: #fde68a; --focus: #93c5fd;
}
.panel.side-right { right: 12px; }
.panel.side-left { left: 12px; }
.panel.collapsed { width: auto; max-width: 220px; }
.panel *, .panel *::before, .panel *::after { box-sizing: border-box; }
.panel-header { display: flex; align-items: center; gap: 8px; padding: 10px 12px; border-bottom: 1px solid var(--line); }
.collapsed .panel-header { border-bottom: 0; }
.headline { margin: 0; font-size: 1.15em; font-weight: 700; color: var(--accent); flex: 1; }
.shape-cto .headline { color: var(--external); }
.shape-vpeng .headline { color: var(--internal); }
.panel-actions { display: flex; gap: 4px; }
button { font: inherit; color: inherit; background: transparent; border: 1px solid var(--line); border-radius: 6px; padding: 2px 8px; cursor: pointer; }
button:hover { border-color: var(--muted); }
button:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
button.icon { min-width: 32px; min-height: 32px; font-size: 1.05em; }
.panel-body { padding: 10px 12px 12px; }
.posting-title { margin: 0 0 8px; color: var(--muted); }
p { margin: 6px 0; }
.gauge-bar { display: flex; height: 12px; border-radius: 6px; overflow: hidden; background: var(--line); }
.gauge-external { background: var(--external); }
.gauge-internal { background: var(--internal); background-image: repeating-linear-gradient(45deg, transparent 0 4px, rgba(255,255,255,.35) 4px 6px); }
.gauge-numbers { display: flex; justify-content: space-between; font-weight: 600; }
.external-text { color: var(--external); }
.internal-text { color: var(--internal); }
.confidence, .muted, .title-claim { color: var(--muted); }
.mismatch { background: var(--warn-bg); color: var(--warn-fg); padding: 8px 10px; border-radius: 8px; }
.fit { font-weight: 600; }
h3 { font-size: 1em; margin: 12px 0 4px; }
h4 { font-size: .95em; margin: 8px 0 2px; }
.pole-external h4 { color: var(--external); }
.pole-internal h4 { color: var(--internal); }
dl { margin: 0; }
.context-note { display: grid; grid-template-columns: max-content 1fr; gap: 6px; }
dt { font-weight: 600; }
dd { margin: 0; }
details { margin: 2px 0; }
summary { cursor: pointer; }
.count { color: var(--muted); }
ul { list-style: none; margin: 2px 0 6px; padding: 0 0 0 8px; }
li { margin: 4px 0; }
.hit { padding: 0 6px; text-align: start; }
.pole-external .hit { border-bottom: 2px solid var(--external); }
.pole-internal .hit { border-bottom: 2px dashed var(--internal); }
.negated .hit { opacity: .75; border-bottom-style: dotted; text-decoration: line-through; }
.tag { margin-inline-start: 6px; font-size: .85em; color: var(--muted); }
.reason { display: block; color: var(--muted); font-size: .92em; }
.read-view { border-top: 1px solid var(--line); margin-top: 10px; padding-top: 6px; }
.read-view dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 4px 0 6px; }
.read-view dd { overflow-wrap: anywhere; }
.questions ol { margin: 2px 0 6px; padding-inline-start: 20px; }
.questions li button { margin-top: 2px; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.summary { border-top: 1px solid var(--line); margin-top: 10px; padding-top: 8px; }
@media (prefers-reduced-motion: no-preference) { .panel { transition: opacity .12s ease-out; } }
`;
