// Short postings: Hacker News "Who is hiring" comments are real postings of 40-120 words. Under 20 words nothing
// is judged; from 20 to 60 words a text is judged when its evidence is clear, and with less confidence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier';
import { MIN_WORDS, MIN_WORDS_ANY } from '../../../src/classifier/language';

const DIR = join(__dirname, '../../fixtures/postings');
const read = (file: string): string => readFileSync(join(DIR, file), 'utf8');
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe('short Hacker News postings', () => {
  const cto = read('hn-short-cto.txt');
  const vpeng = read('hn-short-vpeng.txt');
  const ic = read('hn-short-ic.txt');

  it('are short: between the floor and a full posting', () => {
    for (const text of [cto, vpeng, ic]) {
      expect(words(text)).toBeGreaterThanOrEqual(MIN_WORDS_ANY);
      expect(words(text)).toBeLessThan(MIN_WORDS);
    }
  });

  it('a founding CTO comment reads CTO-shaped', () => {
    const v = classify({ text: cto });
    expect(v.shape, v.summary).toBe('cto');
    expect(v.titleText).toBe('CTO & co-founder');
    expect(v.summary).toMatch(/^CTO-shaped \(\d+% external\): /);
  });

  it('a VP of Engineering comment reads VP-Eng-shaped', () => {
    const v = classify({ text: vpeng });
    expect(v.shape, v.summary).toBe('vpeng');
    expect(v.titleText).toBe('VP of Engineering');
    expect(v.evidence.map((e) => e.category)).toEqual(
      expect.arrayContaining(['hiring', 'managing-managers', 'delivery']),
    );
  });

  it('an engineer comment is not a leadership role, by its title', () => {
    const v = classify({ text: ic });
    expect(v.shape, v.summary).toBe('none');
    expect(v.summary).toBe(
      'Not a leadership role: "Senior Backend Engineer" is an individual-contributor title.',
    );
  });

  it('confidence reflects the shortness', () => {
    const shortIc = classify({ text: ic });
    const fullIc = classify({
      title: 'Senior Software Engineer, Backend',
      text: read('ic-senior-engineer.txt'),
    });
    expect(shortIc.confidence).toBeGreaterThan(0);
    expect(shortIc.confidence).toBeLessThan(fullIc.confidence);
    // The same evidence in fewer words: scaled by words / MIN_WORDS.
    const v = classify({ text: vpeng });
    const padded = classify({
      text: `${vpeng}\n\n${'We are a friendly bunch and we like it here. '.repeat(8)}`,
    });
    expect(padded.shape).toBe('vpeng');
    expect(v.confidence).toBeLessThan(padded.confidence);
    expect(v.confidence).toBeGreaterThan(0);
  });
});

describe('Hacker News header lines', () => {
  it('a long "Company | Roles | Place" line still gives the title, the most senior role first', () => {
    const text = [
      'Harbourline Freight | Senior Backend Engineer, Senior Frontend Engineer, VP of Engineering | San Francisco or REMOTE (US) | Full-time | $180k-$260k + equity',
      '',
      'We build routing software for freight forwarders. The VP of Engineering will lead our engineering managers, own hiring and delivery across five teams and grow the organization; the backend and frontend roles build our routing APIs and dashboards.',
    ].join('\n');
    const v = classify({ text });
    expect(v.titleShape).toBe('vpeng');
    expect(v.titleText).toBe('VP of Engineering');
  });

  it('roles listed on lines of their own give the title when the header has none', () => {
    const text = [
      'Fernhollow (YC W22) | Remote (US/EU) | Full-time',
      '',
      "Fernhollow builds inventory software for independent bookstores. We're 14 people, profitable, and growing. We're hiring for:",
      '',
      '- Senior Backend Engineer (Elixir)',
      '- Head of Engineering',
      '',
      'The Head of Engineering takes over the team of 6 engineers from our CEO, runs hiring for the next 8, sets up planning and on-call, does 1:1s and career conversations, and keeps us shipping every week.',
    ].join('\n');
    const v = classify({ text });
    expect(v.titleShape).toBe('vpeng');
    expect(v.shape).toBe('vpeng');
    // A line that only mentions a leader is not a listed role.
    const mention = text
      .replace('- Head of Engineering', '- Reports to the CTO')
      .replace(/The Head of Engineering/, 'You');
    expect(classify({ text: mention }).titleShape).toBe('unknown');
  });

  it('a one-line comment: the fields before its first sentence are the header', () => {
    const text =
      'Quillmark | Frontend Engineer (React/TS) | Remote, UK | Full-time | £60-75k. Small team making booking tools for physiotherapy clinics. No take-home, one short call then a paired exercise. Email jobs@quillmark.example';
    const v = classify({ text });
    expect(v.titleShape).toBe('ic');
    expect(v.shape).toBe('none');
  });

  it('terse English with few function words is still English; Spanish is not', () => {
    const terse =
      'Corvid Labs | Site Reliability Engineer | Berlin or remote EU | Full-time. Kubernetes, Terraform, Postgres, Go. Small platform team, on-call one week in six, generous equipment budget, four-day week available. Interviews: one call, one systems design chat. Email ops@corvid.example';
    expect(classify({ text: terse }).summary).not.toMatch(/English/);
    const spanish =
      'Buscamos una persona para liderar el equipo de ingeniería de nuestra empresa. Serás responsable de la arquitectura, de las decisiones técnicas y de presentar la tecnología a los inversores y al consejo. Ofrecemos un salario competitivo y trabajo remoto desde cualquier lugar de España.';
    expect(classify({ title: 'CTO', text: spanish }).summary).toBe(
      'Not enough to judge: the text does not read as English.',
    );
  });
});

describe('what stays unknown', () => {
  it('a one-line text', () => {
    const v = classify({ text: 'Hiring a CTO, DM me.' });
    expect(v.shape).toBe('unknown');
    expect(v.confidence).toBe(0);
    expect(v.summary).toBe('Not enough to judge: the text is too short (5 words).');
  });

  it('under 20 words, however clear the phrases', () => {
    const text =
      'CTO: own the technology vision, the architecture, build vs buy, the board and technical due diligence.';
    expect(words(text)).toBeLessThan(MIN_WORDS_ANY);
    expect(classify({ text }).shape).toBe('unknown');
  });

  it('a short text whose body says little is read by its title alone, and says so with little confidence', () => {
    const text = [
      'Brightloop | CTO | New York | Full-time',
      '',
      'We are a small team making scheduling software for dental clinics. Looking for someone who loves React, Node and Postgres and wants a real stake in the company. Good salary and equity. Email hello@brightloop.example to chat.',
    ].join('\n');
    const v = classify({ text });
    expect(v.titleShape).toBe('cto');
    expect(v.shape).toBe('cto');
    expect(v.summary).toMatch(/^CTO-shaped by title only: the text says little about either pole/);
    expect(v.confidence).toBeLessThan(0.3);
  });

  it('a short text that is not English', () => {
    const text = [
      'Nordlicht Energie | CTO (m/w/d) | Hamburg | Vollzeit',
      '',
      'Wir entwickeln Software für Batteriespeicher. Du verantwortest die technische Vision und die Architektur, triffst Entscheidungen zwischen Kaufen und Selbstbauen und vertrittst die Technologie gegenüber Investoren und dem Beirat. Bewirb dich unter jobs@nordlicht.example.',
    ].join('\n');
    expect(words(text)).toBeGreaterThanOrEqual(MIN_WORDS_ANY);
    const v = classify({ text });
    expect(v.shape).toBe('unknown');
    expect(v.summary).toBe('Not enough to judge: the text does not read as English.');
  });
});
