import {blankMessage, helloMessage, isHello, isLeave, leaveMessage, readBlankMessage, readStepMessage, stepMessage} from "../model/presenter-message.ts";

/** The channel the windows of one presentation share (same origin only, as BroadcastChannel is). */
const CHANNEL = "bj-edu-story";

/** What a window does with what the other window says. */
export interface PresenterFollow {
  /** Show a step the other window shows. */
  step(step: number): void;
  /** Blank the room, or show it again. */
  blank(blank: boolean): void;
  /** The presenter left: leave too. */
  leave(): void;
}

/**
 * Keeps the presenter's windows together: a step shown here is posted; a step
 * posted by the other window is followed, if it is a step of the presentation
 * shown here; so are blanking the room and leaving. A window that opens (or
 * reloads) says hello, and the other answers with its step, so a reload never
 * leaves the two apart. Opened when a story (or a deck) is first shown.
 */
export class PresenterChannel {
  private channel?: BroadcastChannel;

  /**
   * @param current the presentation shown here (a story's id, a deck's key), its number of steps and the step shown
   * @param follow what to do with the other window's messages
   */
  constructor(private readonly current: () => {story: string | null; total: number; step: number}, private readonly follow: PresenterFollow) {}

  /** Opens the channel (once; where BroadcastChannel exists). */
  open(): void {
    if (this.channel || typeof BroadcastChannel === "undefined") return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = (event: MessageEvent) => {
      const {story, total, step: shown} = this.current();
      if (isHello(event.data, story)) return this.channel?.postMessage(stepMessage(story!, shown));
      if (isLeave(event.data, story)) return this.follow.leave();
      const blank = readBlankMessage(event.data, story);
      if (blank !== null) return this.follow.blank(blank);
      const step = readStepMessage(event.data, story, total);
      if (step !== null) this.follow.step(step);
    };
    const {story} = this.current();
    if (story) this.channel.postMessage(helloMessage(story));
  }

  post(story: string, step: number): void {
    this.open();
    this.channel?.postMessage(stepMessage(story, step));
  }

  postBlank(story: string, blank: boolean): void {
    this.open();
    this.channel?.postMessage(blankMessage(story, blank));
  }

  postLeave(story: string): void {
    this.open();
    this.channel?.postMessage(leaveMessage(story));
  }

  close(): void {
    this.channel?.close();
    this.channel = undefined;
  }
}
