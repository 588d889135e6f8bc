/**
 * Copies a field's text to the clipboard; true when it did. Without a
 * clipboard (no permission, an insecure page) the field is focused and its
 * text selected, so the keyboard can copy it.
 */
export async function copyField(field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.focus();
    field.select();
    return false;
  }
}
