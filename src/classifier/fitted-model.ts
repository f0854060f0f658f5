// Written by `npm run fit` (scripts/fit.ts): do not edit by hand. What each number means: model.ts.
// Settings of the fit: {"scalePenalty":0.02,"claimPenalty":0.01,"leadershipPenalty":0.5,"steps":400,"bands":{"from":0.05,"to":0.25,"step":0.01},"minSides":[2,3,4,5,6,8,10,12],"wideBands":[0.1,0.12,0.15,0.18,0.2,0.25],"hybridMinSides":[0,0.25,0.5,0.75,1,1.5,2,3],"leadershipThreshold":0.6}
import type { DecisionModel } from './model';

export const FITTED_MODEL: DecisionModel = {
  provenance:
    'Fitted by scripts/fit.ts on 225 postings two readers labelled alike (../shared/corpus); 5-fold cross-validated: agreement 76.4%, hybrid recall 43.8%, non-leadership recall 87.2%, 1 CTO/VP-Eng flips, mismatches found 36.8%.',
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
    bias: 2.52,
    title: {
      cto: 2.536,
      vpeng: 2.396,
      'field-cto': -0.578,
      'eng-manager': 1.754,
      architect: -0.32,
      'tech-lead': -0.006,
      ic: -1.986,
      'non-engineering': -3.294,
      support: -0.632,
      unknown: 0.639,
    },
    signal: 0.308,
    external: 0.154,
    internal: 1.273,
    handsOn: -0.431,
    work: -0.801,
    words: -0.702,
  },
};
