// What an extension costs a page's main thread, read from a Chromium performance trace: the page renderer's
// top-level tasks in which the extension's scripts ran (a script event naming its URL, or a CPU-profile sample with
// one of its functions on the stack), whatever else they did (the style, layout and paint it caused count too).

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface Attribution {
  /** Sum of the durations of the tasks the extension ran in, ms. */
  totalMs: number;
  /** The longest of them, ms. */
  longestMs: number;
  tasks: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame?: { url?: string };
}

const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

const dataUrl = (e: TraceEvent): string | undefined => {
  const data = e.args?.data as { url?: unknown } | undefined;
  const file = e.args?.fileName;
  return typeof data?.url === 'string' ? data.url : typeof file === 'string' ? file : undefined;
};

/** Times (trace µs) of the CPU samples of `pid`'s main isolate with a function of `prefix` on the stack. */
function sampledTimes(events: TraceEvent[], pid: number, prefix: string): number[] {
  const times: number[] = [];
  const nodes = new Map<number, ProfileNode>();
  const starts = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== pid) continue;
    const start = (e.args?.data as { startTime?: number } | undefined)?.startTime;
    if (e.name === 'Profile' && e.id && start !== undefined) starts.set(e.id, start);
  }
  const clock = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !e.id) continue;
    const data = e.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    let time = clock.get(e.id) ?? starts.get(e.id) ?? 0;
    const samples = data.cpuProfile?.samples ?? [];
    samples.forEach((sample, i) => {
      time += data.timeDeltas?.[i] ?? 0;
      for (let node = nodes.get(sample); node; node = node.parent ? nodes.get(node.parent) : undefined) {
        if (node.callFrame?.url?.startsWith(prefix)) {
          times.push(time);
          break;
        }
      }
    });
    clock.set(e.id, time);
  }
  return times.sort((a, b) => a - b);
}

/** The main-thread cost of the scripts whose URLs start with `prefix`, in the renderer that ran them. */
export function attribute(events: TraceEvent[], prefix: string): Attribution {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}:${e.tid}`);
  const script = events.find((e) => onMain(e) && dataUrl(e)?.startsWith(prefix));
  if (!script) return { totalMs: 0, longestMs: 0, tasks: 0 };
  const { pid, tid } = script;
  const thread = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const marks = [
    ...thread.filter((e) => dataUrl(e)?.startsWith(prefix)).map((e) => e.ts),
    ...sampledTimes(events, pid, prefix),
  ].sort((a, b) => a - b);
  // Top-level tasks only: a task inside another is part of it.
  const tasks: TraceEvent[] = [];
  for (const e of thread) {
    if (!TASK.has(e.name)) continue;
    const last = tasks.at(-1);
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    tasks.push(e);
  }
  let totalUs = 0;
  let longestUs = 0;
  let count = 0;
  let m = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    while (m < marks.length && (marks[m] as number) < task.ts) m++;
    if (m < marks.length && (marks[m] as number) <= end) {
      totalUs += task.dur ?? 0;
      longestUs = Math.max(longestUs, task.dur ?? 0);
      count++;
    }
  }
  return { totalMs: totalUs / 1000, longestMs: longestUs / 1000, tasks: count };
}
