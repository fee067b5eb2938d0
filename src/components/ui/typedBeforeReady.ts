import { useEffect, useRef } from 'preact/hooks';

/**
 * Text typed into a server-rendered field before its island was ready: hydration leaves it in the
 * field, but the next render would put the prop's value back. On mount, a field whose text differs
 * from its value reports it through `onInput`, so it is kept like anything typed later.
 */
export function useReportTypedBeforeReady(value: string, onInput: (text: string) => void) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const typed = ref.current?.value;
    if (typed !== undefined && typed !== value) onInput(typed);
  }, []);
  return ref;
}
