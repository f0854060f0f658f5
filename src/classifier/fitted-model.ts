// Written by `npm run fit` (scripts/fit.ts): do not edit by hand. What each number means: model.ts.
// Settings of the fit: {"scalePenalty":0.02,"claimPenalty":0.01,"leadershipPenalty":0.5,"steps":400,"bands":{"from":0.05,"to":0.25,"step":0.01},"minSides":[2,3,4,5,6,8,10,12],"wideBands":[0.1,0.12,0.15,0.18,0.2,0.25],"hybridMinSides":[0,0.25,0.5,0.75,1,1.5,2,3],"leadershipThreshold":0.6}
import type { DecisionModel } from './model';

export const FITTED_MODEL: DecisionModel = {
  provenance:
    'Fitted by scripts/fit.ts on 225 postings two readers labelled alike (../shared/corpus); 5-fold cross-validated: agreement 78.2%, hybrid recall 43.8%, non-leadership recall 87.2%, 1 CTO/VP-Eng flips, mismatches found 36.8%.',
  categoryScale: {
    architecture: 1.528,
    board: 0.637,
    budget: 0.532,
    'build-buy': 0.817,
    culture: 1.517,
    customers: 0.602,
    delivery: 1.074,
    evangelism: 0.764,
    'hands-on': 0.531,
    hiring: 0.371,
    'managing-managers': 1.207,
    'org-design': 0.998,
    'people-growth': 0.732,
    process: 0.938,
    research: 0.631,
    security: 1.124,
    'technical-oversight': 0.913,
    vision: 1.6,
  },
  titlePrior: {
    cto: {
      external: 2.184,
      internal: 1.284,
    },
    vpeng: {
      external: 2.498,
      internal: 4.105,
    },
    'field-cto': {
      external: 0,
      internal: 0,
    },
    'eng-manager': {
      external: 1.084,
      internal: 4.266,
    },
    architect: {
      external: 1.278,
      internal: 0.587,
    },
    'tech-lead': {
      external: 1.893,
      internal: 0.798,
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
  hybridMinSide: 0.75,
  leadershipThreshold: 0.6,
  leadership: {
    bias: 2.724,
    title: {
      cto: 2.598,
      vpeng: 2.367,
      'field-cto': -0.334,
      'eng-manager': 1.699,
      architect: -0.399,
      'tech-lead': -0.146,
      ic: -2.008,
      'non-engineering': -3.212,
      support: -0.56,
      unknown: 0.547,
    },
    signal: 0.24,
    external: 0.284,
    internal: 1.315,
    handsOn: -0.476,
    work: -1.415,
    words: -0.763,
  },
};
