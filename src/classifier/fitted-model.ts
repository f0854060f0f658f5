// Written by `npm run fit` (scripts/fit.ts): do not edit by hand. What each number means: model.ts.
// Settings of the fit: {"scalePenalty":0.02,"claimPenalty":0.01,"leadershipPenalty":0.5,"steps":400,"bands":{"from":0.05,"to":0.25,"step":0.01},"minSides":[2,3,4,5,6,8,10,12],"wideBands":[0.1,0.12,0.15,0.18,0.2,0.25]}
import type { DecisionModel } from './model';

export const FITTED_MODEL: DecisionModel = {
  provenance:
    'Fitted by scripts/fit.ts on 225 postings two readers labelled alike (../shared/corpus); 5-fold cross-validated: agreement 71.6%, hybrid recall 25%, non-leadership recall 74.4%, 4 CTO/VP-Eng flips, mismatches found 15.8%.',
  categoryScale: {
    architecture: 1.452,
    board: 0.538,
    budget: 0.455,
    'build-buy': 1.186,
    culture: 1.621,
    customers: 0.549,
    delivery: 1.046,
    evangelism: 0.733,
    'hands-on': 0.607,
    hiring: 0.379,
    'managing-managers': 1.072,
    'org-design': 0.806,
    'people-growth': 0.698,
    process: 1.18,
    research: 0.577,
    security: 1.17,
    vision: 1.536,
  },
  titlePrior: {
    cto: {
      external: 1.42,
      internal: 0.918,
    },
    vpeng: {
      external: 2.494,
      internal: 3.981,
    },
    'field-cto': {
      external: 0,
      internal: 0,
    },
    'eng-manager': {
      external: 0.889,
      internal: 3.593,
    },
    architect: {
      external: 1.357,
      internal: 0.499,
    },
    'tech-lead': {
      external: 1.961,
      internal: 1.372,
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
  halfBand: 0.06,
  bothHalves: {
    minSide: 5,
    halfBand: 0.1,
  },
  leadership: {
    bias: -0.344,
    title: {
      cto: 1.96,
      vpeng: 2.348,
      'field-cto': -0.833,
      'eng-manager': 1.924,
      architect: 0.113,
      'tech-lead': 0.561,
      ic: -2.6,
      'non-engineering': -3.422,
      support: -0.92,
      unknown: 0.836,
    },
    signal: 0.54,
    external: -0.202,
    internal: 0.589,
    handsOn: -0.532,
    work: -1.036,
  },
};
