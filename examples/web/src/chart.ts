import { h } from './dom.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The spec drawn at the width there is: bars and lines fill it (a fixed width overflows a phone); a ring
 * keeps its size, with its legend under it when there is no room beside it.
 */
function fitted(spec: Record<string, unknown>, width: number): Record<string, unknown> {
  const mark = isRecord(spec.mark) ? spec.mark.type : spec.mark;
  if (mark !== 'arc') return { ...spec, width: 'container', autosize: { type: 'fit-x', contains: 'padding' } };
  const ring = { width: 200, height: 200, ...spec };
  if (width >= 480) return ring;
  const config = isRecord(spec.config) ? spec.config : {};
  return {
    ...ring,
    config: { ...config, legend: { ...(isRecord(config.legend) ? config.legend : {}), orient: 'bottom' } },
  };
}

/**
 * The answer's Vega-Lite chart, or null when the server sent none. Vega is the largest part of the page, so
 * it loads the first time a chart is drawn. The drawing itself is hidden from screen readers: the caption
 * says what it shows, and the table under it holds the same figures as text.
 */
export function chartFigure(spec: unknown): HTMLElement | null {
  if (!isRecord(spec)) return null;
  const what = typeof spec.description === 'string' && spec.description ? spec.description : 'the result';
  const canvas = h('div', { class: 'chart-canvas', 'aria-hidden': 'true' });
  const caption = h('figcaption', {}, `Chart: ${what}. The table below lists the same figures.`);
  const figure = h('figure', { class: 'chart' }, canvas, caption);
  void import('vega-embed')
    .then(({ default: embed }) =>
      embed(canvas, fitted(spec, canvas.clientWidth) as Parameters<typeof embed>[1], {
        actions: false,
        renderer: 'svg',
      }),
    )
    .catch(() => {
      caption.textContent = `The chart of ${what} could not be drawn. The table below lists its figures.`;
      canvas.remove();
    });
  return figure;
}
