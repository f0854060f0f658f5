// Written by `npm run fit` (scripts/fit.ts): do not edit by hand. What each number means: model.ts.
// Settings of the fit: {"scalePenalty":0.02,"claimPenalty":0.01,"leadershipPenalty":0.5,"steps":400,"bands":{"from":0.05,"to":0.25,"step":0.01},"minSides":[2,3,4,5,6,8,10,12],"wideBands":[0.1,0.12,0.15,0.18,0.2,0.25],"hybridMinSides":[0,0.25,0.5,0.75,1,1.5,2,3]}
import type { DecisionModel } from './model';

export const FITTED_MODEL: DecisionModel = {
  provenance:
    'Fitted by scripts/fit.ts on 225 postings two readers labelled alike (../shared/corpus); 5-fold cross-validated: agreement 75.1%, hybrid recall 43.8%, non-leadership recall 79.5%, 3 CTO/VP-Eng flips, mismatches found 15.8%.',
  categoryScale: {
    architecture: 1.29,
    board: 0.644,
    budget: 0.58,
    'build-buy': 0.832,
    culture: 1.442,
    customers: 0.565,
    delivery: 1.038,
    evangelism: 0.766,
    'hands-on': 0.48,
    hiring: 0.389,
    'managing-managers': 1.24,
    'org-design': 0.977,
    'people-growth': 0.753,
    process: 0.895,
    research: 0.613,
    security: 1.077,
    vision: 1.616,
  },
  titlePrior: {
    cto: {
      external: 2.156,
      internal: 1.295,
    },
    vpeng: {
      external: 2.492,
      internal: 3.975,
    },
    'field-cto': {
      external: 0,
      internal: 0,
    },
    'eng-manager': {
      external: 1.02,
      internal: 4.056,
    },
    architect: {
      external: 1.477,
      internal: 0.532,
    },
    'tech-lead': {
      external: 2.304,
      internal: 0.988,
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
  halfBand: 0.05,
  bothHalves: {
    minSide: 3,
    halfBand: 0.12,
  },
  hybridMinSide: 0.25,
  leadership: {
    bias: -0.811,
    title: {
      cto: 2.407,
      vpeng: 2.362,
      'field-cto': -0.513,
      'eng-manager': 1.608,
      architect: -0.219,
      'tech-lead': -0.012,
      ic: -2.096,
      'non-engineering': -3.512,
      support: -0.751,
      unknown: 0.671,
    },
    signal: 0.231,
    external: -0.131,
    internal: 0.968,
    handsOn: -0.412,
    work: -0.764,
  },
};
