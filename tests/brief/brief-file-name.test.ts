import { describe, expect, test } from 'vitest';
import { sessionWindow } from '../../src/analysis/session-window';
import { briefFileName, issuesSlug } from '../../src/brief/brief-file-name';
import { buildBrief } from '../../src/brief/build-brief';
import { convergingRoom, MECHANISM, PARTICIPATION, VETO } from './brief-fixture';

describe('briefFileName(brief, ext)', () => {
  test('names the stakeholder issues together and the years of the window', () => {
    const brief = buildBrief(convergingRoom(), { issues: [PARTICIPATION.id, VETO.id], window: sessionWindow(2, 4) });
    expect(briefFileName(brief, 'docx')).toBe('brief-stakeholders-2022-2024.docx');
    expect(briefFileName(brief, '.md')).toBe('brief-stakeholders-2022-2024.md');
  });

  test('a window within one year names the year once', () => {
    const brief = buildBrief(convergingRoom(), { issues: [MECHANISM.id], window: sessionWindow(1, 1) });
    expect(briefFileName(brief, 'md')).toBe('brief-mechanism-format-2021.md');
  });
});

describe('issuesSlug(ids)', () => {
  test('an issue alone keeps its first two words', () => {
    expect(issuesSlug(['legally-binding-instrument'])).toBe('legally-binding');
  });

  test('issues sharing a first word are named by their common prefix, plural', () => {
    expect(issuesSlug(['thematic-group-count', 'thematic-group-structure'])).toBe('thematic-groups');
    expect(issuesSlug(['capacity-building-group', 'capacity-building-coordination'])).toBe('capacity-building');
  });

  test('families are joined in the order chosen', () => {
    expect(issuesSlug(['mechanism-format', 'stakeholder-participation', 'stakeholder-veto'])).toBe('mechanism-format-stakeholders');
  });

  test('more than three families give a count', () => {
    expect(issuesSlug(['mechanism-format', 'stakeholder-veto', 'decision-making', 'meeting-venue'])).toBe('4-issues');
  });
});
