// `npm run bench`: measures the analytics engine, the CRM_ formulas and loading Code.js, prints tables and writes BENCHMARKS.md.
// `npm run bench -- load` reruns only the sections whose title contains one of the words given.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appLayerSections } from './bench/app-layer';
import { cdnowMasterSection } from './bench/cdnow-master';
import { formulasSection } from './bench/formulas';
import { loadCostSection } from './bench/load-cost';
import { describeMachine } from './bench/machine';
import { millionCustomersSection } from './bench/million-customers';
import { toMarkdown, toText } from './bench/render';
import type { BenchSection, SectionResult } from './bench/section';
import { spliceSections } from './bench/splice-sections';

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
  '- (d) loads dist/Code.js as every Apps Script execution does (each custom-function recalculation included):',
  '  compiled and run in a new context, so its size and load time are paid on every call.',
  '- Nothing here is asserted by the tests: tests check results, this script measures time.',
  '',
].join('\n');

async function main(): Promise<void> {
  const started = Date.now();
  const sections: BenchSection[] = [
    cdnowMasterSection(root),
    millionCustomersSection(root),
    formulasSection(),
    loadCostSection(root),
    // App-layer sections (refresh and others) are registered in scripts/bench/app-layer.ts.
    ...appLayerSections,
  ];
  const words = process.argv.slice(2).map((word) => word.toLowerCase());
  const chosen = words.length
    ? sections.filter((section) => words.some((word) => section.title.toLowerCase().includes(word)))
    : sections;
  if (chosen.length === 0) {
    throw new Error(
      `no section title contains ${words.join(' or ')}; sections: ${sections.map((s) => s.title).join('; ')}`,
    );
  }
  const results: SectionResult[] = [];
  for (const section of chosen) {
    process.stdout.write(`running ${section.title}…\n`);
    const result = await section.run();
    results.push(result);
    process.stdout.write(`\n${toText(result)}\n`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const file = join(root, 'BENCHMARKS.md');
  let markdown: string;
  if (chosen.length < sections.length && existsSync(file)) {
    // Only some sections ran: the others keep the figures of their last run.
    const date = describeMachine()
      .find((line) => line.startsWith('Date: '))!
      .slice('Date: '.length);
    const rerun = `Since then, ${chosen.map((s) => s.title).join('; ')} rerun alone in ${seconds} s on ${date}.`;
    const previous = readFileSync(file, 'utf8').replace(
      /^(Written by .*?run it again\.)(?: Since then, .*)?$/m,
      (_line, written: string) => `${written} ${rerun}`,
    );
    markdown = spliceSections(
      previous,
      [HOW_TO_READ, ...results.map(toMarkdown)],
      ['How to read this', ...sections.map((s) => s.title)],
    );
  } else {
    markdown = [
      '# Benchmarks',
      '',
      `Written by \`npm run bench\` (scripts/bench.ts) in ${seconds} s. Do not edit by hand; run it again.`,
      '',
      ...describeMachine().map((line) => `- ${line}`),
      '',
      HOW_TO_READ,
      ...results.map(toMarkdown),
    ].join('\n');
  }
  writeFileSync(file, markdown);
  process.stdout.write(`Wrote BENCHMARKS.md (${seconds} s).\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
