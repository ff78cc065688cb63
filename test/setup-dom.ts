// jsdom lacks a few browser APIs that Fluent UI v9 uses; give tests minimal versions.
if (typeof window !== "undefined") {
  if (!("ResizeObserver" in window)) {
    class ResizeObserverForTests {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverForTests;
    (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverForTests;
  }
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as unknown as MediaQueryList;
  }
}
if (typeof window !== "undefined") {
  // findBy… and waitFor wait up to 10 s: on a loaded machine (CI with two cores) the default 1 s runs
  // out before React has rendered, which says nothing about the pane
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("@testing-library/dom").configure({ asyncUtilTimeout: 10_000 });
}
