// Written by `npm run fit` (scripts/fit.ts): do not edit by hand. What each number means: model.ts.
// Settings of the fit: {"scalePenalty":0.02,"claimPenalty":0.002,"leadershipPenalty":0.5,"steps":400,"bands":{"from":0.05,"to":0.25,"step":0.01},"minSides":[2,3,4,5,6,8,10,12],"wideBands":[0.1,0.12,0.15,0.18,0.2,0.25]}
import type { DecisionModel } from './model';

export const FITTED_MODEL: DecisionModel = {
  provenance:
    'Fitted by scripts/fit.ts on 225 postings two readers labelled alike (../shared/corpus); 5-fold cross-validated: agreement 70.2%, hybrid recall 28.1%, non-leadership recall 74.4%, 8 CTO/VP-Eng flips, mismatches found 36.8%.',
  categoryScale: {
    architecture: 1.436,
    board: 0.556,
    budget: 0.526,
    'build-buy': 0.978,
    culture: 1.634,
    customers: 0.851,
    delivery: 1.278,
    evangelism: 0.729,
    hiring: 0.608,
    'managing-managers': 0.944,
    'org-design': 0.746,
    'people-growth': 0.972,
    process: 1.446,
    research: 0.916,
    security: 1.063,
    vision: 1.629,
  },
  titlePrior: {
    cto: 0.549,
    vpeng: -0.847,
    'field-cto': 0,
    'eng-manager': -2.253,
    architect: 1.858,
    'tech-lead': 1.827,
    ic: 0,
    'non-engineering': 0,
    support: 0,
    unknown: 0.994,
  },
  halfBand: 0.09,
  bothHalves: {
    minSide: 8,
    halfBand: 0.12,
  },
  leadership: {
    bias: -0.306,
    title: {
      cto: 2.034,
      vpeng: 2.338,
      'field-cto': -0.787,
      'eng-manager': 1.958,
      architect: 0.084,
      'tech-lead': 0.537,
      ic: -2.62,
      'non-engineering': -3.45,
      support: -0.959,
      unknown: 0.834,
    },
    signal: 0.574,
    external: -0.286,
    internal: 0.578,
    work: -0.863,
  },
};
