// Shares of a CPU profile's time by step of a refresh: each sample goes to the innermost step function on its stack.

/** The parts of a .cpuprofile file (Chrome DevTools format, as node --cpu-prof writes it) read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** One step's time in the profile, in milliseconds, and its share of the whole. */
export interface StepShare {
  step: string;
  ms: number;
  share: number;
}

/**
 * Time by step between the first and the last sample under `root` (a function name): samples whose
 * stack holds one of a step's functions count for the innermost such step, garbage collection for
 * "garbage collection", the rest under `root` for "other". Names are compared without the digits
 * esbuild appends to a name it had to rename (readTransactions2), so give source names.
 */
export function profileSteps(
  profile: CpuProfile,
  root: string,
  steps: ReadonlyArray<{ step: string; functions: readonly string[] }>,
): StepShare[] {
  const stepOf = new Map<string, string>();
  for (const { step, functions } of steps) for (const name of functions) stepOf.set(name, step);
  const parent = new Map<number, number>();
  const name = new Map<number, string>();
  for (const node of profile.nodes) {
    name.set(node.id, node.callFrame.functionName.replace(/\d+$/, ''));
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  // Per node: its innermost step, whether `root` is on its stack.
  const found = new Map<number, { step: string | null; underRoot: boolean }>();
  const classify = (id: number): { step: string | null; underRoot: boolean } => {
    const known = found.get(id);
    if (known) return known;
    const up = parent.has(id) ? classify(parent.get(id)!) : { step: null, underRoot: false };
    const own = name.get(id)!;
    const result = {
      step: stepOf.get(own) ?? up.step,
      underRoot: up.underRoot || own === root,
    };
    // The innermost step wins: a step's own function beneath another's keeps its own name.
    if (stepOf.has(own)) result.step = stepOf.get(own)!;
    found.set(id, result);
    return result;
  };
  let first = -1;
  let last = -1;
  profile.samples.forEach((id, i) => {
    if (classify(id).underRoot) {
      if (first < 0) first = i;
      last = i;
    }
  });
  const totals = new Map<string, number>();
  let all = 0;
  for (let i = Math.max(first, 0); i <= last; i++) {
    const id = profile.samples[i];
    const ms = profile.timeDeltas[i] / 1000;
    const { step, underRoot } = classify(id);
    const label =
      name.get(id) === '(garbage collector)' ? 'garbage collection' : underRoot ? (step ?? 'other') : 'other';
    totals.set(label, (totals.get(label) ?? 0) + ms);
    all += ms;
  }
  return [...totals]
    .map(([step, ms]) => ({ step, ms, share: all > 0 ? ms / all : 0 }))
    .sort((a, b) => b.ms - a.ms);
}
