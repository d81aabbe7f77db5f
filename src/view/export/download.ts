// Saves a blob as a file through a temporary `<a download>`, the one way every browser honours a file name.

/** How long the object URL outlives the click: some browsers start reading it only after the event returns. */
const REVOKE_AFTER_MS = 30_000;

/** Offers `blob` to the user as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
