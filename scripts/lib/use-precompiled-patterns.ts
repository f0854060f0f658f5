// Imported first by the command line and its worker: the default lexicon's phrases, compiled at build time.
import PRECOMPILED from 'virtual:precompiled-patterns';
import { usePrecompiledPatterns } from '../../src/classifier/pattern';

usePrecompiledPatterns(PRECOMPILED);
