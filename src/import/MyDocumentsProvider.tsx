import { createContext, useContext } from "react";
import type { ReactNode } from "react";
import type { MyDocuments } from "./my-documents.ts";

const MyDocumentsContext = createContext<MyDocuments | null>(null);

/** Gives the import controls the page's MyDocuments (none when prerendering the first view). */
export function MyDocumentsProvider({
  documents,
  children,
}: {
  documents: MyDocuments | null;
  children: ReactNode;
}) {
  return <MyDocumentsContext.Provider value={documents}>{children}</MyDocumentsContext.Provider>;
}

export function useMyDocuments(): MyDocuments | null {
  return useContext(MyDocumentsContext);
}
