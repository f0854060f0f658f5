// The shape of the lexicon: rules as data, each with a weight and a reason a person reads.
import type { Pole } from '../types';

export interface Category {
  id: string;
  /** Shown in the options page and beside evidence, e.g. "Hiring and recruiting". */
  label: string;
  /** Used inside the one-line summary, e.g. "hiring". */
  short: string;
  pole: Pole;
  /** One sentence on what the category covers and why it belongs to its pole. */
  description: string;
  /**
   * The category is about owning the call (where the technology goes, the architecture): a hand in someone
   * else's call ("help set the technical direction", "contribute to the architecture") counts half (engine.ts).
   */
  owned?: boolean;
}

export interface LexiconEntry {
  /** Unique, stable id, e.g. "int-managers-of-managers". */
  id: string;
  /** Category id; the pole comes from the category. */
  category: string;
  /** Phrases in the notation of pattern.ts. */
  patterns: readonly string[];
  /** 0.5 for words every posting uses, up to 3 for phrases only one of the two roles would write. */
  weight: number;
  /** One line shown to the user beside the highlighted phrase. */
  reason: string;
  /** Only a senior leader does this (board, managers of managers, org budget): counts toward "is a leadership role". */
  leader?: boolean;
}

/** Phrases that say the role is senior leadership without leaning to either pole ("reports to the CEO"). */
export interface LeadershipMarker {
  id: string;
  patterns: readonly string[];
  weight: number;
  reason: string;
  /** Says outright that the job is both the CTO's and the VP of Engineering's: see verdict.ts BOTH_BAND. */
  both?: boolean;
  /**
   * Says the job is something other than leading engineers (managing no one, recruiting, selling): such a marker
   * counts against leadership, never for it (lexicon/work.ts).
   */
  work?: 'individual' | 'recruiting' | 'selling';
}

export interface Lexicon {
  categories: readonly Category[];
  entries: readonly LexiconEntry[];
  markers?: readonly LeadershipMarker[];
  /** Idioms that contain a lexicon word but say nothing about the role ("hiring manager", "across the board"). */
  stopPhrases?: readonly string[];
}
