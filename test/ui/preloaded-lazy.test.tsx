// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { preloadedLazy } from "../../src/ui-support/preloaded-lazy.ts";

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

const inSuspense = (element: React.ReactNode) => (
  <Suspense fallback={<p>Loading</p>}>{element}</Suspense>
);

describe("preloadedLazy", () => {
  it("renders a preloaded component in the same commit, without suspending", async () => {
    const { Component, preload } = preloadedLazy(async () => Greeting);
    await preload();
    // No await after act: the content must be there in the very first commit.
    act(() => void render(inSuspense(<Component name="Ada" />)));
    expect(screen.getByText("Hello, Ada")).toBeTruthy();
    expect(screen.queryByText("Loading")).toBeNull();
  });

  it("loads the code on first render when nobody preloaded it", async () => {
    let loads = 0;
    const { Component } = preloadedLazy(async () => {
      loads += 1;
      return Greeting;
    });
    act(() => void render(inSuspense(<Component name="Grace" />)));
    expect(screen.getByText("Loading")).toBeTruthy();
    expect(await screen.findByText("Hello, Grace")).toBeTruthy();
    expect(loads).toBe(1);
  });
});
