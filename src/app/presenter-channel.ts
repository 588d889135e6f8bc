import {helloMessage, isHello, readStepMessage, stepMessage} from "../model/presenter-message.ts";

/** The channel the windows of one presentation share (same origin only, as BroadcastChannel is). */
const CHANNEL = "bj-edu-story";

/**
 * Keeps the presenter's windows on the same step: a step shown here is
 * posted; a step posted by the other window is followed, if it is a step of
 * the story shown here. A window that opens (or reloads) says hello, and the
 * other answers with its step, so a reload never leaves the two apart.
 * Opened when a story is first shown.
 */
export class PresenterChannel {
  private channel?: BroadcastChannel;

  /**
   * @param current the story shown here, its number of steps and the step shown
   * @param follow shows a step another window asked for
   */
  constructor(private readonly current: () => {story: string | null; total: number; step: number}, private readonly follow: (step: number) => void) {}

  /** Opens the channel (once; where BroadcastChannel exists). */
  open(): void {
    if (this.channel || typeof BroadcastChannel === "undefined") return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = (event: MessageEvent) => {
      const {story, total, step: shown} = this.current();
      if (isHello(event.data, story)) return this.channel?.postMessage(stepMessage(story!, shown));
      const step = readStepMessage(event.data, story, total);
      if (step !== null) this.follow(step);
    };
    const {story} = this.current();
    if (story) this.channel.postMessage(helloMessage(story));
  }

  post(story: string, step: number): void {
    this.open();
    this.channel?.postMessage(stepMessage(story, step));
  }

  close(): void {
    this.channel?.close();
    this.channel = undefined;
  }
}
