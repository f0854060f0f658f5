#!/usr/bin/env node
// The `rolelens` command: the built command line in dist/node (`npm run build:node` makes it).
import '../dist/node/cli.js';
