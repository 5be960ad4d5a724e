import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/base.css";
import "./styles.css";
import { App } from "./app/App.tsx";
import { loadGraphInto } from "./app/load-graph.ts";
import { createAtlasStore } from "./store/atlas-store.ts";
import { createBrowserElk } from "./worker/browser-elk.ts";
import { createLayoutClient } from "./worker/layout-client.ts";

const store = createAtlasStore();
const client = createLayoutClient({ createElk: createBrowserElk });
// Start ELK's worker while graph.json downloads.
client.warmUp();
void loadGraphInto(store, `${import.meta.env.BASE_URL}graph.json`);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App store={store} client={client} />
  </StrictMode>,
);
