// The categories a user sees and may switch off: ten outward (is the technology right?; two of them, building it
// hands-on and technical oversight, are asked of managers too) and eight inward (is the team functioning?).
import type { Category } from './types';

export const CATEGORIES: readonly Category[] = [
  {
    id: 'vision',
    label: 'Technical vision and strategy',
    short: 'technical vision',
    pole: 'external',
    description:
      'Setting where the technology goes and tying it to the business: the question of whether it is right.',
    owned: true,
  },
  {
    id: 'architecture',
    label: 'Architecture and technology choices',
    short: 'architecture',
    pole: 'external',
    description:
      'The hard technical calls: architecture, platforms, the stack. Overturned decisions are the CTO-shaped hole.',
    owned: true,
  },
  {
    id: 'technical-oversight',
    label: 'Technical oversight',
    short: 'technical oversight',
    pole: 'external',
    description:
      'Keeping the engineering sound (technical leadership, design reviews, scalability): about the technology, but asked of engineering managers as much as of CTOs, so it leans outward only a little.',
    owned: true,
  },
  {
    id: 'build-buy',
    label: 'Build vs buy',
    short: 'build vs buy',
    pole: 'external',
    description: 'Whether to build, buy, partner or acquire, and the technical due diligence behind it.',
    owned: true,
  },
  {
    id: 'research',
    label: 'Research and IP',
    short: 'R&D',
    pole: 'external',
    description:
      'R&D, prototypes, patents and intellectual property: betting on what the technology could become.',
  },
  {
    id: 'customers',
    label: 'Customers and partners',
    short: 'customers',
    pole: 'external',
    description: 'Speaking for the technology to customers, partners and the market.',
  },
  {
    id: 'board',
    label: 'Investors and board',
    short: 'the board',
    pole: 'external',
    description:
      'Representing the technology to the board and investors, and in fundraising and due diligence.',
  },
  {
    id: 'evangelism',
    label: 'Evangelism and public voice',
    short: 'public voice',
    pole: 'external',
    description: 'Being the public face of the technology: talks, writing, community, analysts.',
  },
  {
    id: 'security',
    label: 'Strategic security and compliance',
    short: 'security',
    pole: 'external',
    description:
      'Security posture, regulation and certifications as a question of whether the technology can be trusted.',
  },
  {
    id: 'hands-on',
    label: 'Building the technology hands-on',
    short: 'hands-on building',
    pole: 'external',
    description:
      'Designing and writing the system oneself: readers count a leader who builds the technology on its side, and a title with nothing else as no leadership at all.',
  },
  {
    id: 'hiring',
    label: 'Hiring and recruiting',
    short: 'hiring',
    pole: 'internal',
    description: 'Building the team: hiring plans, recruiting, interviewing and onboarding engineers.',
  },
  {
    id: 'managing-managers',
    label: 'Managing managers',
    short: 'managing managers',
    pole: 'internal',
    description:
      'Running people and the managers who run people: direct reports, engineering managers, the org.',
  },
  {
    id: 'people-growth',
    label: 'People growth and performance',
    short: 'people growth',
    pole: 'internal',
    description: 'Mentoring, coaching, one-on-ones, reviews, career ladders and promotions.',
  },
  {
    id: 'delivery',
    label: 'Delivery and execution',
    short: 'delivery',
    pole: 'internal',
    description: 'Shipping on time and predictably: execution, velocity, operational excellence.',
  },
  {
    id: 'process',
    label: 'Process and planning',
    short: 'process',
    pole: 'internal',
    description:
      'How the team works: agile practice, planning cycles, OKRs, estimation, stakeholder updates.',
  },
  {
    id: 'org-design',
    label: 'Org design',
    short: 'org design',
    pole: 'internal',
    description: 'How teams are cut and how the organisation scales: structure, reorgs, team topologies.',
  },
  {
    id: 'culture',
    label: 'Culture and retention',
    short: 'culture',
    pole: 'internal',
    description: 'Engineering culture, morale, engagement and keeping good people.',
  },
  {
    id: 'budget',
    label: 'Engineering budget and headcount',
    short: 'headcount',
    pole: 'internal',
    description: 'Owning the engineering budget, headcount plan, staffing and contractors.',
  },
];

export const CATEGORY_BY_ID: ReadonlyMap<string, Category> = new Map(CATEGORIES.map((c) => [c.id, c]));
