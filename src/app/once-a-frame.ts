/** Work asked for any number of times before the next frame, done once in it; `cancel` drops a run asked for. */
export interface FrameWork {
  (): void;
  cancel(): void;
}

/**
 * Runs `work` in the next animation frame, once however often it is asked for
 * before then: a scroll handler's reading of layout, at most once a frame.
 */
export function onceAFrame(work: () => void): FrameWork {
  let frame = 0;
  const ask = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      work();
    });
  };
  return Object.assign(ask, {
    cancel() {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
    }
  });
}
