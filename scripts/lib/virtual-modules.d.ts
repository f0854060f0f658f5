// Modules vite.node.config.ts makes at build time.
declare module 'virtual:precompiled-patterns' {
  const table: import('../../src/classifier/pattern').PrecompiledPatterns;
  export default table;
}
