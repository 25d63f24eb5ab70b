/** What a download needs from the page; tests pass their own. */
export interface DownloadDeps {
  readonly document: Document;
  readonly createObjectURL: (blob: Blob) => string;
  readonly revokeObjectURL: (url: string) => void;
}

const browserDeps = (): DownloadDeps => ({
  document,
  createObjectURL: (blob) => URL.createObjectURL(blob),
  revokeObjectURL: (url) => URL.revokeObjectURL(url),
});

/**
 * Saves `text` as a file through a Blob and an object URL (no server round trip, no data: URL
 * size limits), then frees the URL once the click has handed the Blob to the browser.
 */
export function downloadTextFile(
  text: string,
  fileName: string,
  type: string,
  deps: DownloadDeps = browserDeps(),
): void {
  const url = deps.createObjectURL(new Blob([text], { type }));
  const link = deps.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  deps.document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // After this task: some browsers read the URL asynchronously after the click.
    setTimeout(() => deps.revokeObjectURL(url), 0);
  }
}
