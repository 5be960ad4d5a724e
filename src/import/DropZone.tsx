import { useEffect, useState } from "react";
import { useT } from "../ui-support/useT.ts";
import { gatherDropped } from "./file-gathering.ts";
import { useMyDocuments } from "./MyDocumentsProvider.tsx";

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;

/**
 * Files or a folder dropped anywhere on the page are opened; while they are dragged over it, the
 * page shows where they will go and that nothing is uploaded.
 */
export function DropZone() {
  const t = useT();
  const documents = useMyDocuments();
  const [over, setOver] = useState(false);
  useEffect(() => {
    if (!documents) return;
    // dragenter and dragleave fire for every element crossed; a count says when the drag left.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setOver(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      // Entries can be taken only during the event; they are read afterwards.
      const items = Array.from(event.dataTransfer.items).filter((i) => i.kind === "file");
      const entries = items.map((i) => i.webkitGetAsEntry?.() ?? null);
      const plain = Array.from(event.dataTransfer.files);
      void gatherDropped(entries, plain).then(({ files, ignored }) => {
        if (files.length > 0 || ignored > 0) void documents.open(files, ignored);
      });
    };
    window.addEventListener("dragenter", onEnter);
    window.addEventListener("dragover", onOver);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragenter", onEnter);
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("drop", onDrop);
    };
  }, [documents]);
  if (!over) return null;
  return (
    <div className="drop-zone" aria-hidden="true">
      <div className="drop-zone__target">
        <p className="drop-zone__title">{t("import.dropTitle")}</p>
        <p>{t("import.dropBody")}</p>
      </div>
    </div>
  );
}
