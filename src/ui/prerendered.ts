/**
 * Content that a server rendered into an element's declarative shadow root (`civicstat
 * render`). The element keeps it on screen until its own first render is ready to replace it,
 * in the same task, so no frame is drawn without content and nothing moves; then removes it.
 */
export function takePrerendered(host: HTMLElement): ChildNode[] | undefined {
  const root = host.shadowRoot;
  return root && root.childNodes.length > 0 ? [...root.childNodes] : undefined;
}
