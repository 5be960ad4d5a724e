import type { StateCreator } from "zustand/vanilla";
import type { AtlasState } from "./atlas-store.ts";

/** A slice creator that can read and write the whole store. */
export type Slice<T> = StateCreator<AtlasState, [], [], T>;
