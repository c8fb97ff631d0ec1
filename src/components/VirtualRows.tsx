// Long tables render only the rows in and near view. Up to VIRTUAL_THRESHOLD rows every row
// is rendered as before; above it the table scrolls inside its own box and a row enters the
// DOM as it scrolls into view (@tanstack/react-virtual measures each row's real height).
// Screen readers are told the whole size: the table carries aria-rowcount (rows + the
// header row) and each rendered row its aria-rowindex; spacer rows are hidden from them.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode, type RefObject } from 'react';

/** Above this many rows a table is virtualised. */
export const VIRTUAL_THRESHOLD = 150;

export interface VirtualRows {
  /** Put on the scrolling box around the table. */
  scrollRef: RefObject<HTMLDivElement | null>;
  virtual: boolean;
  /** Props for the <table>: aria-rowcount when virtualised. */
  tableProps: { 'aria-rowcount'?: number };
  /** The <tbody> content: the rendered rows, between spacers when virtualised. */
  body: ReactNode;
}

/**
 * `renderRow(i, rowProps)` draws row `i`; it must spread `rowProps` on its <tr> (the index
 * for measuring, aria-rowindex, the ref). `columns` is the number of cells in a row.
 */
export function useVirtualRows(
  count: number,
  columns: number,
  renderRow: (index: number, rowProps: RowProps) => ReactNode,
  options: { estimate?: number; threshold?: number } = {},
): VirtualRows {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = count > (options.threshold ?? VIRTUAL_THRESHOLD);
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => options.estimate ?? 40,
    overscan: 12,
    // Before the box is measured (and where layout is not computed): one screenful.
    initialRect: { width: 1000, height: 800 },
  });
  if (!virtual) {
    return { scrollRef, virtual, tableProps: {}, body: Array.from({ length: count }, (_, i) => renderRow(i, {})) };
  }
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const spacer = (key: string, height: number) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true" className="virtual-spacer" style={{ height }}>
        <td colSpan={columns} />
      </tr>
    ) : null;
  return {
    scrollRef,
    virtual,
    tableProps: { 'aria-rowcount': count + 1 },
    body: [
      spacer('spacer-top', top),
      ...items.map((item) => renderRow(item.index, { 'data-index': item.index, 'aria-rowindex': item.index + 2, ref: virtualizer.measureElement })),
      spacer('spacer-bottom', bottom),
    ],
  };
}

export interface RowProps {
  'data-index'?: number;
  'aria-rowindex'?: number;
  ref?: (el: HTMLTableRowElement | null) => void;
}
