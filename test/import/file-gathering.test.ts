import { gatherDropped, gatherPicked, PICKER_ACCEPT } from "../../src/import/file-gathering.ts";

const file = (name: string, path = "") =>
  Object.assign(new File(["x"], name), { webkitRelativePath: path }) as File;

/** A folder as the browser's drop gives it: entries read in batches. */
function folder(name: string, children: FileSystemEntry[], batch = 2): FileSystemDirectoryEntry {
  return {
    name,
    isDirectory: true,
    isFile: false,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (entries: FileSystemEntry[]) => void) => {
          ok(children.slice(at, at + batch));
          at += batch;
        },
      };
    },
  } as unknown as FileSystemDirectoryEntry;
}

function entry(name: string): FileSystemFileEntry {
  return {
    name,
    isDirectory: false,
    isFile: true,
    file: (ok: (f: File) => void) => ok(new File(["x"], name)),
  } as unknown as FileSystemFileEntry;
}

describe("gathering the files a person opens", () => {
  it("reads every file chosen one by one, refused kinds included (they get a reason)", () => {
    const { files, ignored } = gatherPicked([file("a.docx"), file("b.xlsx"), file("c.doc")]);
    expect(files.map((f) => f.name)).toEqual(["a.docx", "b.xlsx", "c.doc"]);
    expect(ignored).toBe(0);
  });

  it("takes a chosen folder's documents by their path inside it, and leaves the rest alone", () => {
    const { files, ignored } = gatherPicked([
      file("a.pdf", "Job descriptions/a.pdf"),
      file("b.docx", "Job descriptions/2024/b.docx"),
      file("budget.xlsx", "Job descriptions/budget.xlsx"),
      file(".~lock.b.docx#", "Job descriptions/2024/.~lock.b.docx#"),
      file("c.md", "Job descriptions/.git/c.md"),
    ]);
    expect(files.map((f) => f.name)).toEqual(["a.pdf", "2024/b.docx"]);
    expect(ignored).toBe(3);
  });

  it("reads dropped folders through, batch after batch, and dropped files as they are", async () => {
    const dropped = folder("Job descriptions", [
      entry("a.pdf"),
      entry("notes.xlsx"),
      folder("2024", [entry("b.docx"), entry("c.png"), entry("Thumbs.db")]),
      folder(".hidden", [entry("d.md")]),
      entry("e.txt"),
    ]);
    const { files, ignored } = await gatherDropped([dropped, entry("loose.doc")], []);
    expect(files.map((f) => f.name)).toEqual([
      "a.pdf",
      "2024/b.docx",
      "2024/c.png",
      "e.txt",
      "loose.doc",
    ]);
    expect(ignored).toBe(2);
  });

  it("falls back to the plain files when the browser gives no entries", async () => {
    const plain = [new File(["x"], "a.pdf")];
    expect((await gatherDropped([null], plain)).files.map((f) => f.name)).toEqual(["a.pdf"]);
  });

  it("offers the documents read and those refused with a reason in the picker", () => {
    expect(PICKER_ACCEPT.split(",")).toEqual(
      expect.arrayContaining([".docx", ".pdf", ".tif", ".doc", ".zip"]),
    );
  });
});
