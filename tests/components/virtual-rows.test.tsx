// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useVirtualRows, VIRTUAL_THRESHOLD } from '../../src/components/VirtualRows';

const ROW = 40; // px, every row
const BOX = 400; // px, the scrolling box

function Table({ count }: { count: number }) {
  const table = useVirtualRows(count, 2, (i, rowProps) => (
    <tr key={i} data-row={i} {...rowProps}>
      <td>Row {i}</td>
      <td>{i * 2}</td>
    </tr>
  ));
  return (
    <div ref={table.scrollRef} data-testid="box" className={table.virtual ? 'virtual-scroll' : ''}>
      <table data-testid="table" {...table.tableProps}>
        <thead>
          <tr aria-rowindex={table.virtual ? 1 : undefined}>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>{table.body}</tbody>
      </table>
    </div>
  );
}

/** jsdom lays nothing out: give rows and the box the sizes a browser would. */
function fakeLayout() {
  const size = (el: HTMLElement) => (el.tagName === 'TR' ? ROW : el.dataset.testid === 'box' ? BOX : 0);
  for (const prop of ['offsetHeight', 'clientHeight'] as const) {
    vi.spyOn(HTMLElement.prototype, prop, 'get').mockImplementation(function (this: HTMLElement) {
      return size(this);
    });
  }
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return { width: 800, height: size(this), top: 0, left: 0, right: 800, bottom: size(this), x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
  });
}

const shown = () => [...document.querySelectorAll<HTMLElement>('tbody tr[data-row]')].map((tr) => Number(tr.dataset.row));

afterEach(() => vi.restoreAllMocks());

describe('useVirtualRows(count, columns, renderRow)', () => {
  test('renders every row, without row indices, up to the threshold', () => {
    render(<Table count={VIRTUAL_THRESHOLD} />);
    expect(shown()).toHaveLength(VIRTUAL_THRESHOLD);
    expect(screen.getByTestId('table').hasAttribute('aria-rowcount')).toBe(false);
  });

  test('above it, renders the rows in view (and a few more), telling the whole size and each row its place', () => {
    fakeLayout();
    render(<Table count={1000} />);
    const rows = shown();
    expect(rows[0]).toBe(0);
    expect(rows.length).toBeGreaterThanOrEqual(BOX / ROW);
    expect(rows.length).toBeLessThan(60);
    expect(screen.getByTestId('table').getAttribute('aria-rowcount')).toBe('1001');
    const first = document.querySelector('tbody tr[data-row="0"]')!;
    expect(first.getAttribute('aria-rowindex')).toBe('2');
    // The space of the rows not rendered is kept, hidden from assistive technology.
    const spacer = document.querySelector('tbody tr.virtual-spacer')!;
    expect(spacer.getAttribute('aria-hidden')).toBe('true');
  });

  test('scrolling reveals the rows further down and drops those left behind', () => {
    fakeLayout();
    render(<Table count={1000} />);
    const box = screen.getByTestId('box');
    act(() => {
      box.scrollTop = 500 * ROW;
      fireEvent.scroll(box);
    });
    const rows = shown();
    expect(rows).toContain(500);
    expect(rows).toContain(505);
    expect(rows).not.toContain(0);
    const row = document.querySelector('tbody tr[data-row="500"]')!;
    expect(row.getAttribute('aria-rowindex')).toBe('502');
    expect(row.textContent).toBe('Row 5001000');
  });
});
