// Text with emphasised pieces as React text nodes and <mark> elements: never HTML.
import { Fragment } from 'react';
import type { TextPiece } from './text-marks';

export function MarkedText({ pieces }: { pieces: readonly TextPiece[] }) {
  return (
    <>
      {pieces.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>))}
    </>
  );
}
