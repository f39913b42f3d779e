/**
 * Vitest's order, with two changes. The end-to-end files whose sites are
 * built in the background (tests/support/site-catalogue.ts) run last, in the
 * order those sites are built: the files that use only the shared sites go
 * first, while the background builds run, and each later file finds its site
 * ready instead of waiting behind builds of sites that files after it need.
 * And the unit files that build sites or run many ingests run first: on a
 * fresh clone Vitest knows no file's duration and orders them by size, which
 * left the longest ones to start last and end the run alone.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { siteCatalogue } from './site-catalogue';

const catalogueFiles = [...new Set(Object.values(siteCatalogue).map((site) => site.file))];

/** The longest unit files, longest first (minutes each on a busy 2-core machine, seconds for the rest). */
const longUnitFiles = ['tests/unit/shards.test.ts', 'tests/unit/incremental-ingest.test.ts', 'tests/unit/stability.test.ts', 'tests/unit/import.test.ts'];

const relative = (file: TestSpecification) => path.relative(file.project.config.root, file.moduleId).split(path.sep).join('/');

/** Moves the files `order` names to the start (`first`) or the end of `files`, in `order`'s order. */
function placed(files: TestSpecification[], order: string[], first: boolean): TestSpecification[] {
  const place = (file: TestSpecification) => order.indexOf(relative(file));
  const named = files.filter((file) => place(file) >= 0).sort((a, b) => place(a) - place(b));
  const others = files.filter((file) => place(file) < 0);
  return first ? [...named, ...others] : [...others, ...named];
}

export class SuiteSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return placed(placed(await super.sort(files), catalogueFiles, false), longUnitFiles, true);
  }
}
