// Full-screen view of a figure (loaded on first use by src/diagrams/zoom-buttons.ts). A modal <dialog>:
// Esc and the back gesture close it, focus stays inside, and the page behind keeps its place. Written by
// hand: the pan-zoom libraries weigh more than this whole page's JavaScript, and native scrolling already
// pans by touch, mouse wheel and arrow keys once the stage has focus.
import styles from '../styles/figure-viewer.css?url';
import { linkStylesheet } from '../utils/stylesheet.ts';

/** Mermaid draws labels at 16 px: at 0.75 they are 12 px, the smallest size this view ever shows. */
const MIN_SCALE = 0.75;
const MAX_SCALE = 3;
const STEP = 1.25;

let dialog: HTMLDialogElement | undefined;
let stage: HTMLElement;
let caption: HTMLElement;
let svg: SVGSVGElement | undefined;
let scale = 1;

const button = (label: string, text: string, onClick: () => void) => {
  const element = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
  element.setAttribute('aria-label', label);
  element.title = label;
  element.addEventListener('click', onClick);
  return element;
};

function zoom(factor: number): void {
  if (!svg) return;
  const { width, height } = svg.viewBox.baseVal;
  // Keep the point at the centre of the stage where it was.
  const centre = [(stage.scrollLeft + stage.clientWidth / 2) / scale, (stage.scrollTop + stage.clientHeight / 2) / scale];
  scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale * factor));
  // Attributes, not inline styles: the site's Content-Security-Policy allows no style="".
  svg.setAttribute('width', String(Math.ceil(width * scale)));
  svg.setAttribute('height', String(Math.ceil(height * scale)));
  stage.scrollTo(centre[0]! * scale - stage.clientWidth / 2, centre[1]! * scale - stage.clientHeight / 2);
}

function build(data: DOMStringMap): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'figure-viewer';
  caption = Object.assign(document.createElement('p'), { id: 'figure-viewer-title', className: 'figure-viewer-title' });
  element.setAttribute('aria-labelledby', caption.id);
  const bar = Object.assign(document.createElement('div'), { className: 'figure-viewer-bar' });
  bar.append(
    caption,
    button(data.zoomOut!, '−', () => zoom(1 / STEP)),
    button(data.zoomIn!, '+', () => zoom(STEP)),
    button(data.close!, '✕', () => element.close()),
  );
  stage = Object.assign(document.createElement('div'), { className: 'figure-viewer-stage', tabIndex: 0 });
  stage.setAttribute('role', 'group');
  stage.setAttribute('aria-label', data.stage!);
  stage.addEventListener('keydown', (event) => {
    const factor = { '+': STEP, '=': STEP, '-': 1 / STEP, '0': 0 }[event.key];
    if (factor === undefined || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    zoom(factor || 1 / scale);
  });
  element.append(bar, stage);
  // Its copy of the drawing goes when it closes: ids inside the SVG exist once again.
  element.addEventListener('close', () => (stage.replaceChildren(), (svg = undefined)));
  document.body.append(element);
  return element;
}

function open(trigger: HTMLButtonElement): void {
  const figure = trigger.closest('figure')!;
  const original = figure.querySelector<SVGSVGElement>('svg.diagram');
  if (!original) return;
  dialog ??= build(trigger.dataset);
  svg = original.cloneNode(true) as SVGSVGElement;
  svg.removeAttribute('style');
  svg.removeAttribute('id');
  svg.classList.add('figure-viewer-svg');
  caption.textContent = figure.querySelector('figcaption')?.textContent ?? '';
  stage.replaceChildren(svg);
  dialog.showModal();
  stage.focus();
  // Fit the width when that keeps labels at 12 px or more; otherwise 12 px, and the stage scrolls.
  const { width } = svg.viewBox.baseVal;
  scale = 1;
  zoom(Math.max(MIN_SCALE, Math.min(1.5, (stage.clientWidth - 16) / width)));
  stage.scrollTo(0, 0);
}

// Its styles come with it, not with every page; it opens once they have arrived.
const styled = linkStylesheet(styles);

declare global {
  interface Window {
    figureViewer?: (trigger: HTMLButtonElement) => void;
  }
}
window.figureViewer = (trigger) => void styled.then(() => open(trigger));
