import type {RenderFunction} from "@observablehq/plot";

/**
 * A render transform that names each drawn element after its datum
 * (`data-key`), so the same figure can be found in the next drawing of a
 * chart: a story's step moves it from its old place instead of redrawing it.
 * Plot draws one element per datum, in index order.
 */
export function keyed<T>(data: readonly T[], key: (d: T) => string): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context);
    if (g) [...g.children].forEach((el, j) => {
      if (index[j] !== undefined) el.setAttribute("data-key", key(data[index[j]]));
    });
    return g;
  };
}
