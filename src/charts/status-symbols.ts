import type {Status} from "../schema/statuses.ts";

/** A d3/Plot symbol: draws itself, centred on 0,0, at an area `size`. */
interface SymbolType {
  draw(context: CanvasPath, size: number): void;
}

const radius = (size: number) => Math.sqrt(size / Math.PI);

/**
 * A shape per status, beside its word, so a status reads without its colour
 * (forced colours, colour blindness): met a check, on track a triangle up,
 * behind a triangle down, moving away a cross; too early to judge an hourglass,
 * not comparable a not-equal sign, no figure published an open circle.
 */
export const STATUS_SYMBOLS: Record<Status, SymbolType> = {
  "met": {draw(c, size) {
    const r = radius(size) * 1.2;
    c.moveTo(-r, 0);
    c.lineTo(-r / 3, r * 0.7);
    c.lineTo(r, -r * 0.7);
  }},
  "on-track": {draw(c, size) {
    const r = radius(size) * 1.15;
    c.moveTo(0, -r);
    c.lineTo(r, r * 0.75);
    c.lineTo(-r, r * 0.75);
    c.closePath();
  }},
  "behind": {draw(c, size) {
    const r = radius(size) * 1.15;
    c.moveTo(0, r);
    c.lineTo(r, -r * 0.75);
    c.lineTo(-r, -r * 0.75);
    c.closePath();
  }},
  "moving-away": {draw(c, size) {
    const r = radius(size);
    c.moveTo(-r, -r);
    c.lineTo(r, r);
    c.moveTo(r, -r);
    c.lineTo(-r, r);
  }},
  "too-early": {draw(c, size) {
    const r = radius(size) * 1.1;
    c.moveTo(-r * 0.8, -r);
    c.lineTo(r * 0.8, -r);
    c.lineTo(-r * 0.8, r);
    c.lineTo(r * 0.8, r);
    c.closePath();
  }},
  "not-comparable": {draw(c, size) {
    const r = radius(size) * 1.1;
    c.moveTo(-r, -r * 0.35);
    c.lineTo(r, -r * 0.35);
    c.moveTo(-r, r * 0.35);
    c.lineTo(r, r * 0.35);
    c.moveTo(r * 0.5, -r);
    c.lineTo(-r * 0.5, r);
  }},
  "no-figure": {draw(c, size) {
    const r = radius(size);
    c.moveTo(r, 0);
    c.arc(0, 0, r, 0, 2 * Math.PI);
  }}
};

/** Statuses whose symbol is a line, drawn with a stroke and no fill. */
export const STROKED: ReadonlySet<Status> = new Set(["met", "moving-away", "too-early", "not-comparable", "no-figure"]);
