/**
 * Counts the event listeners added to `window` and `document` and not removed, by wrapping
 * their addEventListener/removeEventListener. Import it before the library, so that every
 * listener the library adds is seen. Listeners are keyed as the DOM keys them: type,
 * callback and capture.
 */
type Key = string;
const live = new Map<EventTarget, Map<Key, number>>();
const ids = new WeakMap<object, number>();
let nextId = 0;
const idOf = (listener: unknown) => {
  if (listener === null || (typeof listener !== 'object' && typeof listener !== 'function')) return 0;
  let id = ids.get(listener as object);
  if (id === undefined) ids.set(listener as object, (id = ++nextId));
  return id;
};
const captureOf = (options: boolean | EventListenerOptions | undefined) => (typeof options === 'boolean' ? options : !!options?.capture);

for (const target of [window, document] as EventTarget[]) {
  const counts = new Map<Key, number>();
  live.set(target, counts);
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
    const key = `${type}|${idOf(listener)}|${captureOf(options)}`;
    // The DOM ignores a second identical registration; so does the count. A `once` listener
    // removes itself after it runs, which this count cannot see: it is counted as live.
    if (!counts.has(key)) counts.set(key, 1);
    add(type, listener, options);
  };
  target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
    counts.delete(`${type}|${idOf(listener)}|${captureOf(options)}`);
    remove(type, listener, options);
  };
}

/** Listener types live now on `window` and on `document`, e.g. `window:beforeprint`. */
export function liveListeners(): string[] {
  const out: string[] = [];
  for (const [target, counts] of live) {
    for (const key of counts.keys()) out.push(`${target === window ? 'window' : 'document'}:${key.split('|')[0]}`);
  }
  return out.sort();
}
