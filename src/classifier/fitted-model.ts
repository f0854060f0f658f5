// Written by `npm run fit` (scripts/fit.ts): do not edit by hand. What each number means: model.ts.
// Settings of the fit: {"scalePenalty":0.02,"claimPenalty":0.01,"leadershipPenalty":0.5,"steps":400,"bands":{"from":0.05,"to":0.25,"step":0.01},"minSides":[2,3,4,5,6,8,10,12],"wideBands":[0.1,0.12,0.15,0.18,0.2,0.25],"hybridMinSides":[0,0.25,0.5,0.75,1,1.5,2,3],"leadershipThreshold":0.6}
import type { DecisionModel } from './model';

export const FITTED_MODEL: DecisionModel = {
  provenance:
    'Fitted by scripts/fit.ts on 225 postings two readers labelled alike (../shared/corpus); 5-fold cross-validated: agreement 80%, hybrid recall 50%, non-leadership recall 87.2%, 1 CTO/VP-Eng flips, mismatches found 31.6%.',
  categoryScale: {
    architecture: 1.621,
    board: 0.595,
    budget: 0.581,
    'build-buy': 1.165,
    culture: 1.484,
    customers: 0.609,
    delivery: 1.057,
    evangelism: 0.743,
    'hands-on': 0.526,
    hiring: 0.382,
    'managing-managers': 1.222,
    'org-design': 1.128,
    'people-growth': 0.721,
    process: 0.886,
    research: 0.589,
    security: 1.138,
    'technical-oversight': 0.829,
    vision: 1.712,
  },
  titlePrior: {
    cto: {
      external: 2.011,
      internal: 1.2,
    },
    vpeng: {
      external: 2.432,
      internal: 3.948,
    },
    'field-cto': {
      external: 0,
      internal: 0,
    },
    'eng-manager': {
      external: 0.928,
      internal: 3.326,
    },
    architect: {
      external: 1.154,
      internal: 0.626,
    },
    'tech-lead': {
      external: 1.834,
      internal: 0.774,
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
    bias: 2.575,
    title: {
      cto: 2.599,
      vpeng: 2.379,
      'field-cto': -0.323,
      'eng-manager': 1.719,
      architect: -0.383,
      'tech-lead': -0.122,
      ic: -2.057,
      'non-engineering': -3.229,
      support: -0.563,
      unknown: 0.522,
    },
    signal: 0.202,
    external: 0.297,
    internal: 1.256,
    handsOn: -0.497,
    work: -1.383,
    words: -0.73,
  },
};
