// Gives every relative import in emitted .d.ts files the full path Node's ESM resolution needs ('./engine' becomes
// './engine.js', './lexicon' becomes './lexicon/index.js'), so `moduleResolution: nodenext` projects can read them.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = process.argv[2];
if (!root) throw new Error('usage: node scripts/lib/declaration-paths.mjs DIR');

/** The specifier Node resolves for `spec`, seen from the declaration file in `dir`. */
function fullSpecifier(dir, spec) {
  const bare = spec.replace(/\.(?:d\.)?[cm]?[jt]s$/, '');
  if (existsSync(join(dir, `${bare}.d.ts`))) return `${bare}.js`;
  if (existsSync(join(dir, bare, 'index.d.ts'))) return `${bare}/index.js`;
  throw new Error(`${dir}: no declaration for ${spec}`);
}

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      // Quoted relative specifiers after `from` or inside `import(`: no quote can occur inside one.
      const fixed = text.replace(
        /(from |import\()(['"])(\.{1,2}\/[^'"]*)\2/g,
        (_, lead, quote, spec) => `${lead}${quote}${fullSpecifier(dirname(path), spec)}${quote}`,
      );
      if (fixed !== text) writeFileSync(path, fixed);
    }
  }
}

walk(root);
