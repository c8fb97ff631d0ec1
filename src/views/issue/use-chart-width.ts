// The width a chart may take, measured from its container. Charts are drawn at a fixed
// size (no ResponsiveContainer): where nothing can be measured (jsdom, no ResizeObserver)
// the fallback width is used, so component tests see real SVG.
import { useLayoutEffect, useRef, useState } from 'react';

export function useChartWidth<T extends HTMLElement>(fallback = 640, max = 960) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setWidth(Math.min(max, Math.max(280, w)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [max]);
  return [ref, width] as const;
}
