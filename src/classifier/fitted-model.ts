// Written by `npm run fit` (scripts/fit.ts): do not edit by hand. What each number means: model.ts.
// Settings of the fit: {"scalePenalty":0.02,"claimPenalty":0.01,"leadershipPenalty":0.5,"steps":400,"bands":{"from":0.05,"to":0.25,"step":0.01},"minSides":[2,3,4,5,6,8,10,12],"wideBands":[0.1,0.12,0.15,0.18,0.2,0.25],"hybridMinSides":[0,0.25,0.5,0.75,1,1.5,2,3]}
import type { DecisionModel } from './model';

export const FITTED_MODEL: DecisionModel = {
  provenance:
    'Fitted by scripts/fit.ts on 225 postings two readers labelled alike (../shared/corpus); 5-fold cross-validated: agreement 75.6%, hybrid recall 40.6%, non-leadership recall 79.5%, 3 CTO/VP-Eng flips, mismatches found 15.8%.',
  categoryScale: {
    architecture: 1.493,
    board: 0.629,
    budget: 0.574,
    'build-buy': 0.824,
    culture: 1.447,
    customers: 0.586,
    delivery: 1.041,
    evangelism: 0.783,
    'hands-on': 0.497,
    hiring: 0.388,
    'managing-managers': 1.199,
    'org-design': 0.969,
    'people-growth': 0.756,
    process: 0.932,
    research: 0.617,
    security: 1.116,
    'technical-oversight': 0.919,
    vision: 1.589,
  },
  titlePrior: {
    cto: {
      external: 2.085,
      internal: 1.237,
    },
    vpeng: {
      external: 2.525,
      internal: 4.096,
    },
    'field-cto': {
      external: 0,
      internal: 0,
    },
    'eng-manager': {
      external: 1.021,
      internal: 4.062,
    },
    architect: {
      external: 1.298,
      internal: 0.571,
    },
    'tech-lead': {
      external: 2.167,
      internal: 0.949,
    },
    ic: {
      external: 0,
      internal: 0,
    },
    'non-engineering': {
      external: 0,
      internal: 0,
    },
    support: {
      external: 0,
      internal: 0,
    },
    unknown: {
      external: 0,
      internal: 0,
    },
  },
  halfBand: 0.08,
  bothHalves: {
    minSide: 1000000000,
    halfBand: 0,
  },
  hybridMinSide: 0.25,
  leadership: {
    bias: -0.813,
    title: {
      cto: 2.403,
      vpeng: 2.365,
      'field-cto': -0.52,
      'eng-manager': 1.612,
      architect: -0.218,
      'tech-lead': -0.007,
      ic: -2.1,
      'non-engineering': -3.51,
      support: -0.748,
      unknown: 0.668,
    },
    signal: 0.231,
    external: -0.125,
    internal: 0.963,
    handsOn: -0.423,
    work: -0.767,
  },
};
