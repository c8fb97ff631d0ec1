// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderRoute } from '../fixtures/render-route';
import { makeDataset } from '../fixtures/make-dataset';

describe('HomeView', () => {
  test('lists the documents and each delegation that spoke with its statement count', async () => {
    await renderRoute('/', makeDataset());
    const delegations = await screen.findByTestId('delegation-list');
    const row = within(delegations).getByText('France').closest('tr')!;
    expect(within(row).getByText('1')).toBeInTheDocument();
    expect(within(screen.getByTestId('document-list')).getByText('Doc A')).toBeInTheDocument();
  });

  test('does not list the Chair among the delegations', async () => {
    await renderRoute('/', makeDataset());
    const delegations = await screen.findByTestId('delegation-list');
    expect(within(delegations).queryByText('Chair')).toBeNull();
  });
});
