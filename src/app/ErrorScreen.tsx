import type { LoadError } from "../store/graph-slice.ts";

/** What went wrong with graph.json, which fields, and how to rebuild it. */
export function ErrorScreen({ error }: { error: LoadError }) {
  return (
    // The main landmark holds an alert, so the page keeps its landmark and the message is read.
    <main className="message-screen" aria-labelledby="error-title">
      <div role="alert">
        <h1 id="error-title">The org chart could not be shown</h1>
        <p>{error.summary}</p>
        {error.problems.length > 0 && (
          <>
            <h2>What is wrong</h2>
            <ul className="problems">
              {error.problems.map((p, i) => (
                <li key={i}>
                  <code>{p}</code>
                </li>
              ))}
            </ul>
          </>
        )}
        <h2>How to fix it</h2>
        <p>
          Rebuild the graph from the job descriptions in <code>seeds/</code>, then reload this page:
        </p>
        <pre>npm run graph</pre>
      </div>
    </main>
  );
}

export function EmptyScreen() {
  return (
    <main className="message-screen">
      <h1>No positions yet</h1>
      <p>
        graph.json is valid but holds no positions. Add job descriptions to <code>seeds/</code> and
        run <code>npm run graph</code>.
      </p>
    </main>
  );
}
