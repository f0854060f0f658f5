// Written by `npm run fit` (scripts/fit.ts): do not edit by hand. What each number means: model.ts.
// Settings of the fit: {"scalePenalty":0.02,"claimPenalty":0.01,"leadershipPenalty":0.5,"steps":400,"bands":{"from":0.05,"to":0.25,"step":0.01},"minSides":[2,3,4,5,6,8,10,12],"wideBands":[0.1,0.12,0.15,0.18,0.2,0.25],"hybridMinSides":[0,0.25,0.5,0.75,1,1.5,2,3],"leadershipThreshold":0.6}
import type { DecisionModel } from './model';

export const FITTED_MODEL: DecisionModel = {
  provenance:
    'Fitted by scripts/fit.ts on 225 postings two readers labelled alike (../shared/corpus); 5-fold cross-validated: agreement 75.6%, hybrid recall 43.8%, non-leadership recall 84.6%, 1 CTO/VP-Eng flips, mismatches found 15.8%.',
  categoryScale: {
    architecture: 1.493,
    board: 0.629,
    budget: 0.558,
    'build-buy': 0.821,
    culture: 1.443,
    customers: 0.586,
    delivery: 1.042,
    evangelism: 0.785,
    'hands-on': 0.497,
    hiring: 0.386,
    'managing-managers': 1.2,
    'org-design': 0.977,
    'people-growth': 0.759,
    process: 0.94,
    research: 0.617,
    security: 1.117,
    'technical-oversight': 0.92,
    vision: 1.583,
  },
  titlePrior: {
    cto: {
      external: 2.128,
      internal: 1.257,
    },
    vpeng: {
      external: 2.518,
      internal: 4.108,
    },
    'field-cto': {
      external: 0,
      internal: 0,
    },
    'eng-manager': {
      external: 1.018,
      internal: 4.043,
    },
    architect: {
      external: 1.3,
      internal: 0.569,
    },
    'tech-lead': {
      external: 2.166,
      internal: 0.946,
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
  hybridMinSide: 0,
  leadershipThreshold: 0.6,
  leadership: {
    bias: -0.862,
    title: {
      cto: 2.46,
      vpeng: 2.386,
      'field-cto': -0.53,
      'eng-manager': 1.626,
      architect: -0.233,
      'tech-lead': 0.003,
      ic: -2.102,
      'non-engineering': -3.499,
      support: -0.711,
      unknown: 0.542,
    },
    signal: 0.192,
    external: -0.076,
    internal: 0.962,
    handsOn: -0.458,
    work: -0.752,
  },
};
