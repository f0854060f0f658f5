// Written by `npm run fit` (scripts/fit.ts): do not edit by hand. What each number means: model.ts.
// Settings of the fit: {"scalePenalty":0.02,"claimPenalty":0.01,"leadershipPenalty":0.5,"steps":400,"bands":{"from":0.05,"to":0.25,"step":0.01},"minSides":[2,3,4,5,6,8,10,12],"wideBands":[0.1,0.12,0.15,0.18,0.2,0.25],"hybridMinSides":[0,0.25,0.5,0.75,1,1.5,2,3],"leadershipThreshold":0.6}
import type { DecisionModel } from './model';

export const FITTED_MODEL: DecisionModel = {
  provenance:
    'Fitted by scripts/fit.ts on 225 postings two readers labelled alike (../shared/corpus); 5-fold cross-validated: agreement 80%, hybrid recall 46.9%, non-leadership recall 87.2%, 1 CTO/VP-Eng flips, mismatches found 36.8%.',
  categoryScale: {
    architecture: 1.649,
    board: 0.59,
    budget: 0.573,
    'build-buy': 1.161,
    culture: 1.577,
    customers: 0.598,
    delivery: 1.035,
    evangelism: 0.749,
    'hands-on': 0.521,
    hiring: 0.372,
    'managing-managers': 1.169,
    'org-design': 1.141,
    'people-growth': 0.737,
    process: 0.907,
    research: 0.588,
    security: 1.152,
    'technical-oversight': 0.821,
    vision: 1.667,
  },
  titlePrior: {
    cto: {
      external: 1.992,
      internal: 1.184,
    },
    vpeng: {
      external: 2.419,
      internal: 3.96,
    },
    'field-cto': {
      external: 0,
      internal: 0,
    },
    'eng-manager': {
      external: 0.937,
      internal: 3.443,
    },
    architect: {
      external: 1.171,
      internal: 0.621,
    },
    'tech-lead': {
      external: 1.832,
      internal: 0.788,
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
  halfBand: 0.11,
  bothHalves: {
    minSide: 1000000000,
    halfBand: 0,
  },
  hybridMinSide: 0.25,
  leadershipThreshold: 0.6,
  leadership: {
    bias: 2.72,
    title: {
      cto: 2.602,
      vpeng: 2.371,
      'field-cto': -0.326,
      'eng-manager': 1.711,
      architect: -0.422,
      'tech-lead': -0.154,
      ic: -2.016,
      'non-engineering': -3.204,
      support: -0.564,
      unknown: 0.553,
    },
    signal: 0.217,
    external: 0.298,
    internal: 1.314,
    handsOn: -0.481,
    work: -1.413,
    words: -0.763,
  },
};
