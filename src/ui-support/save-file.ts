/** Saves a Blob under a file name through a temporary link. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the URL after this task; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
