// Imported first by the background: the default lexicon's phrases compiled at build time, so a background that
// wakes for a posting (a stopped service worker) does not compile them before it can answer.
import PRECOMPILED from 'virtual:precompiled-patterns';
import { usePrecompiledPatterns } from '../classifier/pattern';

usePrecompiledPatterns(PRECOMPILED);
