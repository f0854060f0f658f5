// Written by `npm run fit` (scripts/fit.ts): do not edit by hand. What each number means: model.ts.
// Settings of the fit: {"scalePenalty":0.02,"claimPenalty":0.01,"leadershipPenalty":0.5,"steps":400,"bands":{"from":0.05,"to":0.25,"step":0.01},"minSides":[2,3,4,5,6,8,10,12],"wideBands":[0.1,0.12,0.15,0.18,0.2,0.25],"hybridMinSides":[0,0.25,0.5,0.75,1,1.5,2,3],"leadershipThreshold":0.6}
import type { DecisionModel } from './model';

export const FITTED_MODEL: DecisionModel = {
  provenance:
    'Fitted by scripts/fit.ts on 225 postings two readers labelled alike (../shared/corpus); 5-fold cross-validated: agreement 77.3%, hybrid recall 43.8%, non-leadership recall 85.9%, 1 CTO/VP-Eng flips, mismatches found 31.6%.',
  categoryScale: {
    architecture: 1.551,
    board: 0.638,
    budget: 0.535,
    'build-buy': 0.819,
    culture: 1.495,
    customers: 0.601,
    delivery: 1.079,
    evangelism: 0.766,
    'hands-on': 0.526,
    hiring: 0.376,
    'managing-managers': 1.194,
    'org-design': 0.998,
    'people-growth': 0.767,
    process: 0.941,
    research: 0.621,
    security: 1.126,
    'technical-oversight': 0.916,
    vision: 1.596,
  },
  titlePrior: {
    cto: {
      external: 2.199,
      internal: 1.291,
    },
    vpeng: {
      external: 2.511,
      internal: 4.147,
    },
    'field-cto': {
      external: 0,
      internal: 0,
    },
    'eng-manager': {
      external: 1.073,
      internal: 4.202,
    },
    architect: {
      external: 1.289,
      internal: 0.583,
    },
    'tech-lead': {
      external: 1.685,
      internal: 0.828,
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
    bias: 2.507,
    title: {
      cto: 2.594,
      vpeng: 2.372,
      'field-cto': -0.523,
      'eng-manager': 1.711,
      architect: -0.362,
      'tech-lead': -0.028,
      ic: -2.025,
      'non-engineering': -3.291,
      support: -0.561,
      unknown: 0.617,
    },
    signal: 0.161,
    external: 0.218,
    internal: 1.279,
    handsOn: -0.469,
    work: -0.785,
    words: -0.703,
  },
};
