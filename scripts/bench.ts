// `npm run bench`: measures the analytics engine and the CRM_ formulas, prints tables and writes BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appLayerSections } from './bench/app-layer';
import { cdnowMasterSection } from './bench/cdnow-master';
import { formulasSection } from './bench/formulas';
import { describeMachine } from './bench/machine';
import { millionCustomersSection } from './bench/million-customers';
import { toMarkdown, toText } from './bench/render';
import type { BenchSection, SectionResult } from './bench/section';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const HOW_TO_READ = [
  '## How to read this',
  '',
  '- Times are wall-clock medians of several runs after warm-up runs, so they show steady-state speed, not',
  '  the first call. "fastest" is the best run. Other people\u2019s work on the same machine can slow a run down;',
  '  compare medians across runs of this script on the same machine, not single figures.',
  '- (a) and (b) call src/core directly, in-process, like the lifetimes figures they are compared with.',
  '- (b) runs in its own child process so that its peak memory (maxRSS: the most resident memory the process',
  '  ever held, from process.resourceUsage()) belongs to it alone; it includes the simulated data.',
  '- (c) calls the custom functions exactly as Sheets does, through the registry, with 2-D ranges; Apps Script',
  '  allows 30 s per custom function call and its V8 may be several times slower than Node on this machine,',
  '  hence the "×10 est." column.',
  '- Nothing here is asserted by the tests: tests check results, this script measures time.',
  '',
].join('\n');

async function main(): Promise<void> {
  const started = Date.now();
  const sections: BenchSection[] = [
    cdnowMasterSection(root),
    millionCustomersSection(root),
    formulasSection(),
    // App-layer sections (refresh and others) are registered in scripts/bench/app-layer.ts.
    ...appLayerSections,
  ];
  const results: SectionResult[] = [];
  for (const section of sections) {
    process.stdout.write(`running ${section.title}…\n`);
    const result = await section.run();
    results.push(result);
    process.stdout.write(`\n${toText(result)}\n`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const markdown = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (scripts/bench.ts) in ${seconds} s. Do not edit by hand; run it again.`,
    '',
    ...describeMachine().map((line) => `- ${line}`),
    '',
    HOW_TO_READ,
    ...results.map(toMarkdown),
  ].join('\n');
  writeFileSync(join(root, 'BENCHMARKS.md'), markdown);
  process.stdout.write(`Wrote BENCHMARKS.md (${seconds} s).\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
