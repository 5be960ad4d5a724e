import type { LoadError } from "../store/graph-slice.ts";
import { useT } from "../ui-support/useT.ts";

/** What went wrong with graph.json, which fields, and how to rebuild it. */
export function ErrorScreen({ error }: { error: LoadError }) {
  const t = useT();
  return (
    // The main landmark holds an alert, so the page keeps its landmark and the message is read.
    <main className="message-screen" aria-labelledby="error-title">
      <div role="alert">
        <h1 id="error-title">{t("error.title")}</h1>
        <p>{error.summary}</p>
        {error.problems.length > 0 && (
          <>
            <h2>{t("error.wrong")}</h2>
            <ul className="problems">
              {error.problems.map((p, i) => (
                <li key={i}>
                  <code>{p}</code>
                </li>
              ))}
            </ul>
          </>
        )}
        <h2>{t("error.fix")}</h2>
        <p>{error.kind === "newer" ? t("error.update") : t("error.rebuild", { dir: "seeds/" })}</p>
        <pre>npm run graph</pre>
      </div>
    </main>
  );
}

export function EmptyScreen() {
  const t = useT();
  return (
    <main className="message-screen">
      <h1>{t("empty.title")}</h1>
      <p>{t("empty.body", { dir: "seeds/", cmd: "npm run graph" })}</p>
    </main>
  );
}
