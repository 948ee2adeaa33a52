import { useRef, useState } from 'preact/hooks';

export interface View {
  start: number;
  end: number;
}

const minimumSpan = 3 * 86_400_000;

/**
 * A zoomable window onto [full.start, full.end]: the wheel zooms around the
 * pointer, dragging pans, and the keys +, −, ←, →, 0 do the same from the
 * keyboard. `moved` tells a click at the end of a drag from a real click.
 */
export function useZoom(full: View) {
  const [view, setView] = useState<View>(full);
  const drag = useRef<{ x: number; view: View; width: number; moved: boolean } | null>(null);
  const moved = useRef(false);

  const clamp = (next: View): View => {
    let span = Math.max(minimumSpan, Math.min(next.end - next.start, full.end - full.start));
    if (!Number.isFinite(span)) span = full.end - full.start;
    const start = Math.min(Math.max(next.start, full.start), full.end - span);
    return { start, end: start + span };
  };
  const zoom = (factor: number, at = 0.5) => {
    setView((v) => {
      const span = v.end - v.start;
      const focus = v.start + span * at;
      return clamp({ start: focus - (focus - v.start) * factor, end: focus + (v.end - focus) * factor });
    });
  };
  const pan = (fraction: number) => setView((v) => clamp({ start: v.start + (v.end - v.start) * fraction, end: v.end + (v.end - v.start) * fraction }));
  const reset = () => setView(full);

  const onKeyDown = (event: KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      '+': () => zoom(0.5), '=': () => zoom(0.5), '-': () => zoom(2), '0': reset,
      ArrowLeft: () => pan(-0.2), ArrowRight: () => pan(0.2),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  const onWheel = (event: WheelEvent, rect: DOMRect) => {
    event.preventDefault();
    const at = Math.min(1, Math.max(0, (event.clientX - rect.left) / rect.width));
    zoom(event.deltaY > 0 ? 1.25 : 0.8, at);
  };
  const onPointerDown = (event: PointerEvent, rect: DOMRect) => {
    if (event.button !== 0) return;
    drag.current = { x: event.clientX, view, width: rect.width, moved: false };
    moved.current = false;
  };
  const onPointerMove = (event: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const dx = event.clientX - d.x;
    if (Math.abs(dx) > 4) d.moved = moved.current = true;
    if (!d.moved) return;
    const shift = (-dx / d.width) * (d.view.end - d.view.start);
    setView(clamp({ start: d.view.start + shift, end: d.view.end + shift }));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  return { view, zoom, pan, reset, onKeyDown, onWheel, onPointerDown, onPointerMove, onPointerUp, moved };
}
