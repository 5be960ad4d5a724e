import { ImportReport } from "./ImportReport.tsx";
import { SourceBar } from "./SourceBar.tsx";
import "./import-bars.css";

/**
 * What stands between the header and the chart when one's own documents are involved: where the
 * chart came from, and the import's progress or report. A chunk of its own, loaded only then.
 */
export default function ImportBars() {
  return (
    <>
      <SourceBar />
      <ImportReport />
    </>
  );
}
