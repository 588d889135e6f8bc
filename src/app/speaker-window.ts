/**
 * Opens the speaker view, the presenter's second window: one named window (a second press brings it
 * back rather than open another), as large as the screen allows up to 1920×1080, as PowerPoint's
 * presenter view takes the laptop's screen, so that it shows everything unscrolled and its next slide
 * stays legible. The page and an embedded story open it alike.
 */
export function openSpeakerView(url: URL | string): void {
  const width = Math.min(screen.availWidth || 1920, 1920);
  const height = Math.min(screen.availHeight || 1080, 1080);
  window.open(url, "bj-edu-notes", `popup,width=${width},height=${height}`);
}
