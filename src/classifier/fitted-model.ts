// Written by `npm run fit` (scripts/fit.ts): do not edit by hand. What each number means: model.ts.
// Settings of the fit: {"scalePenalty":0.02,"claimPenalty":0.002,"leadershipPenalty":0.5,"steps":400,"bands":{"from":0.05,"to":0.25,"step":0.01},"minSides":[2,3,4,5,6,8,10,12],"wideBands":[0.1,0.12,0.15,0.18,0.2,0.25]}
import type { DecisionModel } from './model';

export const FITTED_MODEL: DecisionModel = {
  provenance:
    'Fitted by scripts/fit.ts on 225 postings two readers labelled alike (../shared/corpus); 5-fold cross-validated: agreement 71.1%, hybrid recall 31.3%, non-leadership recall 74.4%, 8 CTO/VP-Eng flips, mismatches found 42.1%.',
  categoryScale: {
    architecture: 1.731,
    board: 0.65,
    budget: 0.62,
    'build-buy': 0.97,
    culture: 1.841,
    customers: 0.777,
    delivery: 1.387,
    evangelism: 0.845,
    'hands-on': 0.791,
    hiring: 0.488,
    'managing-managers': 0.935,
    'org-design': 0.703,
    'people-growth': 0.803,
    process: 1.555,
    research: 1,
    security: 1.148,
    vision: 1.7,
  },
  titlePrior: {
    cto: 0.511,
    vpeng: -0.896,
    'field-cto': 0,
    'eng-manager': -2.148,
    architect: 1.08,
    'tech-lead': 0.631,
    ic: 0,
    'non-engineering': 0,
    support: 0,
    unknown: 0,
  },
  halfBand: 0.09,
  bothHalves: {
    minSide: 1000000000,
    halfBand: 0,
  },
  leadership: {
    bias: -0.336,
    title: {
      cto: 1.948,
      vpeng: 2.353,
      'field-cto': -0.856,
      'eng-manager': 1.944,
      architect: 0.111,
      'tech-lead': 0.596,
      ic: -2.594,
      'non-engineering': -3.413,
      support: -0.944,
      unknown: 0.823,
    },
    signal: 0.547,
    external: -0.187,
    internal: 0.542,
    handsOn: -0.535,
    work: -1.051,
  },
};
