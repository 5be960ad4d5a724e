import { DOCUMENT_EXTENSIONS, isDocumentName } from "../convert/document-names.ts";
import type { NamedFile } from "../worker/import-client.ts";

/** Files to read, and how many files of a folder were left alone (not documents). */
export interface Gathered {
  files: NamedFile[];
  ignored: number;
}

/** What the file picker offers: what is read, and what gets a clear refusal (.doc, .zip…). */
export const PICKER_ACCEPT = DOCUMENT_EXTENSIONS.map((e) => `.${e}`).join(",");

/** A file inside a folder: hidden files and other kinds of file are left alone. */
function wanted(path: string): boolean {
  const name = path.split("/").pop() ?? "";
  return !path.split("/").some((part) => part.startsWith(".")) && isDocumentName(name);
}

/** The path inside the chosen folder ("Job descriptions/2024/a.pdf" -> "2024/a.pdf"). */
function insideFolder(path: string): string {
  const slash = path.indexOf("/");
  return slash >= 0 ? path.slice(slash + 1) : path;
}

/**
 * Files from a picker. Files chosen one by one are all read (a refused kind is said so); from a
 * folder, only documents are taken and named by their path inside it.
 */
export function gatherPicked(list: Iterable<File>): Gathered {
  const files: NamedFile[] = [];
  let ignored = 0;
  for (const file of list) {
    const path = file.webkitRelativePath;
    if (!path) files.push({ name: file.name, file });
    else if (wanted(path)) files.push({ name: insideFolder(path), file });
    else ignored++;
  }
  return { files, ignored };
}

const fileOf = (entry: FileSystemFileEntry) =>
  new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** Every entry of a folder: readEntries gives them a batch at a time. */
async function childrenOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(folder: FileSystemDirectoryEntry, prefix: string, out: Gathered) {
  for (const entry of await childrenOf(folder)) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory) {
      if (!entry.name.startsWith("."))
        await walk(entry as FileSystemDirectoryEntry, `${path}/`, out);
    } else if (wanted(path)) {
      out.files.push({ name: path, file: await fileOf(entry as FileSystemFileEntry) });
    } else {
      out.ignored++;
    }
  }
}

/**
 * Files dropped on the page: files as they are, folders read through (their documents named by
 * their path inside the folder). The entries must be taken during the drop event itself, so the
 * caller passes them (`item.webkitGetAsEntry()`), with the plain files as a fallback.
 */
export async function gatherDropped(
  entries: readonly (FileSystemEntry | null)[],
  plainFiles: readonly File[],
): Promise<Gathered> {
  const out: Gathered = { files: [], ignored: 0 };
  if (entries.every((e) => e === null)) {
    return { files: plainFiles.map((file) => ({ name: file.name, file })), ignored: 0 };
  }
  for (const entry of entries) {
    if (entry === null) continue;
    if (entry.isDirectory) await walk(entry as FileSystemDirectoryEntry, "", out);
    else out.files.push({ name: entry.name, file: await fileOf(entry as FileSystemFileEntry) });
  }
  return out;
}
