// Written by `npm run fit` (scripts/fit.ts): do not edit by hand. What each number means: model.ts.
// Settings of the fit: {"scalePenalty":0.02,"claimPenalty":0.01,"leadershipPenalty":0.5,"steps":400,"bands":{"from":0.05,"to":0.25,"step":0.01},"minSides":[2,3,4,5,6,8,10,12],"wideBands":[0.1,0.12,0.15,0.18,0.2,0.25],"hybridMinSides":[0,0.25,0.5,0.75,1,1.5,2,3],"leadershipThreshold":0.6}
import type { DecisionModel } from './model';

export const FITTED_MODEL: DecisionModel = {
  provenance:
    'Fitted by scripts/fit.ts on 225 postings two readers labelled alike (../shared/corpus); 5-fold cross-validated: agreement 77.8%, hybrid recall 43.8%, non-leadership recall 87.2%, 1 CTO/VP-Eng flips, mismatches found 36.8%.',
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
    bias: 2.523,
    title: {
      cto: 2.537,
      vpeng: 2.341,
      'field-cto': -0.337,
      'eng-manager': 1.675,
      architect: -0.397,
      'tech-lead': -0.076,
      ic: -2.035,
      'non-engineering': -3.203,
      support: -0.583,
      unknown: 0.589,
    },
    signal: 0.242,
    external: 0.263,
    internal: 1.232,
    handsOn: -0.565,
    work: -1.42,
    words: -0.705,
  },
};
