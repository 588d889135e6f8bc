/**
 * The message the presenter's windows (the story and its speaker view) send
 * each other: which step of which story is shown. A message is only ever
 * data: anything that is not exactly this shape, for this story, with a
 * whole step within its steps, is ignored.
 */
export interface StepMessage {
  type: "step";
  story: string;
  step: number;
}

export function stepMessage(story: string, step: number): StepMessage {
  return {type: "step", story, step};
}

/** The step a message asks for, or null when it is not a step of this story within 1…total. */
export function readStepMessage(data: unknown, story: string | null, total: number): number | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const {type, story: named, step} = data as Record<string, unknown>;
  if (type !== "step" || named !== story || typeof step !== "number" || !Number.isInteger(step)) return null;
  return step >= 1 && step <= total ? step : null;
}

/** A window that has just opened or reloaded asks the other for the step it shows. */
export interface HelloMessage {
  type: "hello";
  story: string;
}

export function helloMessage(story: string): HelloMessage {
  return {type: "hello", story};
}

/** Whether a message is another window's hello for this story. */
export function isHello(data: unknown, story: string | null): boolean {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const {type, story: named} = data as Record<string, unknown>;
  return type === "hello" && story !== null && named === story;
}

/** The room's screen blanked (B or .) or shown again, from either window. */
export interface BlankMessage {
  type: "blank";
  story: string;
  blank: boolean;
}

export function blankMessage(story: string, blank: boolean): BlankMessage {
  return {type: "blank", story, blank};
}

/** Whether the room should be blank, from a message for this story; null when the message is not one. */
export function readBlankMessage(data: unknown, story: string | null): boolean | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const {type, story: named, blank} = data as Record<string, unknown>;
  return type === "blank" && story !== null && named === story && typeof blank === "boolean" ? blank : null;
}

/** The presenter left the presentation, from either window: both leave. */
export interface LeaveMessage {
  type: "leave";
  story: string;
}

export function leaveMessage(story: string): LeaveMessage {
  return {type: "leave", story};
}

export function isLeave(data: unknown, story: string | null): boolean {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const {type, story: named} = data as Record<string, unknown>;
  return type === "leave" && story !== null && named === story;
}
