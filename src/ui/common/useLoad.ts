import * as React from 'react';

/** The state of a load: waiting, its value, or its error. */
export type LoadState<T> =
  | { status: 'loading'; value?: undefined; error?: undefined }
  | { status: 'done'; value: T; error?: undefined }
  | { status: 'failed'; value?: undefined; error: unknown };

/** {@link useLoad}'s result: the state, and `reload()` to run the loader again (e.g. a "retry" button). */
export interface LoadResult<T> {
  state: LoadState<T>;
  reload: () => void;
}

/**
 * Runs `load` when the component mounts and whenever `deps` change, and keeps only the answer of the latest run:
 * the result of a load that finished after the component unmounted or after a newer load started is dropped
 * (the repeated `let live = true; … return () => { live = false; }` idiom, once). The previous value stays
 * visible while a reload runs only when `keepValue` is set.
 */
export function useLoad<T>(load: () => Promise<T>, deps: React.DependencyList, options: { keepValue?: boolean } = {}): LoadResult<T> {
  const [state, setState] = React.useState<LoadState<T>>({ status: 'loading' });
  const [round, setRound] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setState(prev => (options.keepValue && prev.status === 'done' ? prev : { status: 'loading' }));
    load().then(
      value => { if (live) setState({ status: 'done', value }); },
      (error: unknown) => { if (live) setState({ status: 'failed', error }); }
    );
    return () => { live = false; };
  }, [...deps, round]);
  const reload = React.useCallback(() => setRound(r => r + 1), []);
  return { state, reload };
}

/**
 * Keeps a promise's answer only while the component is mounted: `const alive = useAlive(); … if (alive()) set…`.
 * For work started by an event (a click) rather than by mounting, where {@link useLoad} does not fit.
 */
export function useAlive(): () => boolean {
  const mounted = React.useRef(true);
  React.useEffect(() => { mounted.current = true; return () => { mounted.current = false; }; }, []);
  return React.useCallback(() => mounted.current, []);
}
