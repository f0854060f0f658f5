// Titles read on their own: the shape each claims, and the words that decided it.
import { describe, expect, it } from 'vitest';
import { readTitle } from '../../../src/classifier/title';

describe('reading a title', () => {
  it.each([
    ['Chief Technology Officer', 'cto'],
    ['Co-Founder & CTO', 'cto'],
    ['Technical Co-founder', 'cto'],
    ['VP of Technology', 'cto'],
    ['Director of Technology', 'cto'],
    ['VP of Engineering', 'vpeng'],
    ['SVP, Software Engineering', 'vpeng'],
    ['Head of Platform Engineering', 'vpeng'],
    ['Senior Director, Engineering', 'vpeng'],
    ['VP Platform', 'vpeng'],
    ['Head of Infrastructure', 'vpeng'],
    ['Engineering Manager, Payments', 'eng-manager'],
    ['Field CTO', 'field-cto'],
    ['Chief of Staff to the CTO', 'support'],
    ['Executive Assistant to the VP of Engineering', 'support'],
    ['Senior Product Manager', 'non-engineering'],
    ['Senior Program Manager, Engineering', 'non-engineering'],
    ['Manager, Software Engineering', 'eng-manager'],
    ['Technical Recruiter, Engineering', 'non-engineering'],
    ['Technical Sourcing Manager', 'non-engineering'],
    ['Sourcing Manager, Engineering', 'non-engineering'],
    ['Solutions Architect', 'non-engineering'],
    ['Enterprise Architect', 'architect'],
    ['Staff Software Engineer', 'ic'],
    // A lead may run a team or only the code: the body decides whether it is leadership.
    ['Tech Lead, Backend', 'tech-lead'],
    ['Lead Developer (Payments)', 'tech-lead'],
    ['Technical Director, Games', 'tech-lead'],
    // Customer-facing and IT roles are not engineering leadership, whatever their rank.
    ['Account CTO, Financial Services', 'field-cto'],
    ['Solutions Architecture Manager', 'non-engineering'],
    ['Head of Forward Deployed Engineering', 'non-engineering'],
    ['Director of IT Services', 'non-engineering'],
    ['Director of Information Technology', 'non-engineering'],
    ['Office Manager', 'unknown'],
  ])('%s reads as %s', (title, shape) => {
    expect(readTitle(title).shape).toBe(shape);
  });

  it('keeps the deciding words as written, and the title without its location', () => {
    const reading = readTitle('Senior Director of Engineering - Remote (US)');
    expect(reading.label).toBe('Senior Director of Engineering');
    expect(reading.text).toBe('Senior Director of Engineering');
  });
});
