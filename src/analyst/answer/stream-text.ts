/**
 * Hands `text` to `onDelta` a few words at a time (with their trailing space), yielding to the event loop
 * between pieces so a subscriber sees the answer grow rather than arrive at once.
 */
export async function streamText(text: string, onDelta: (delta: string) => void, signal?: AbortSignal): Promise<void> {
  // A few words at a time, ending early at a clause: the answer visibly grows, without one event per word.
  for (const match of text.matchAll(/(?:\S+\s*){0,3}?(?:\S*[,.;:!?](?=\s|$)\s*|\S+\s*$)|(?:\S+\s*){1,4}|\s+/g)) {
    signal?.throwIfAborted();
    onDelta(match[0]);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
