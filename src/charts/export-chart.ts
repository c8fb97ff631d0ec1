// A chart on screen -> a standalone SVG (or PNG) that carries its caption, n and source
// line, so an exported figure is never separated from what it shows and where it comes from.
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

export interface ChartCaption {
  title: string;
  caption: string; // what is shown, with n
  source: string; // where it comes from
}

export function standaloneSvg(svg: SVGSVGElement, caption: ChartCaption): string {
  const box = svg.getBoundingClientRect();
  const width = Math.max(320, Math.round(box.width || Number(svg.getAttribute('width')) || 640));
  const height = Math.round(box.height || Number(svg.getAttribute('height')) || 400);
  const lines = [caption.caption, `Source: ${caption.source}`];
  const top = 28;
  const bottom = 18 * lines.length + 10;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  canvasesAsImages(svg, clone);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(top));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const ns = 'http://www.w3.org/2000/svg';
  const doc = document.implementation.createDocument(ns, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  root.setAttribute('xmlns', ns);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(top + height + bottom));
  root.setAttribute('viewBox', `0 0 ${width} ${top + height + bottom}`);
  root.setAttribute('font-family', FONT);
  const bg = doc.createElementNS(ns, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  root.appendChild(bg);
  const title = doc.createElementNS(ns, 'text');
  title.setAttribute('x', '8');
  title.setAttribute('y', '19');
  title.setAttribute('font-size', '15');
  title.setAttribute('font-weight', '700');
  title.textContent = caption.title;
  root.appendChild(title);
  root.appendChild(doc.importNode(clone, true));
  lines.forEach((line, i) => {
    const t = doc.createElementNS(ns, 'text');
    t.setAttribute('x', '8');
    t.setAttribute('y', String(top + height + 18 * (i + 1)));
    t.setAttribute('font-size', '12');
    t.setAttribute('fill', '#333333');
    t.textContent = line;
    root.appendChild(t);
  });
  return new XMLSerializer().serializeToString(root);
}

/**
 * The canvases drawn inside a chart (a large heatmap's picture, in a foreignObject) become
 * images in its copy: a standalone SVG cannot hold a canvas, and a foreignObject would stop
 * the PNG export from being drawn at all.
 */
function canvasesAsImages(original: SVGSVGElement, copy: SVGSVGElement): void {
  const drawn = [...original.querySelectorAll('foreignObject')];
  const copies = [...copy.querySelectorAll('foreignObject')];
  drawn.forEach((holder, i) => {
    const target = copies[i];
    if (!target) return;
    const canvas = holder.querySelector('canvas');
    let url: string | null = null;
    try {
      url = canvas?.toDataURL('image/png') ?? null;
    } catch {
      url = null; // a canvas that cannot be read (jsdom)
    }
    if (!url) return target.remove();
    const image = copy.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'image');
    for (const name of ['x', 'y', 'width', 'height']) image.setAttribute(name, holder.getAttribute(name) ?? '0');
    image.setAttribute('preserveAspectRatio', 'none');
    image.setAttribute('href', url);
    target.replaceWith(image);
  });
}

export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = img.width * scale;
    canvas.height = img.height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas in this browser');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
