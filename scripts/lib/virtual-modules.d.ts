// Modules the builds (vite.config.ts, vite.node.config.ts) make at build time.
declare module 'virtual:precompiled-patterns' {
  const table: import('../../src/classifier/pattern').PrecompiledPatterns;
  export default table;
}
