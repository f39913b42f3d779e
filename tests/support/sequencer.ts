/**
 * Vitest's order, except that the end-to-end files whose sites are built in
 * the background (tests/support/site-catalogue.ts) run last, in the order
 * those sites are built: the files that use only the shared sites go first,
 * while the background builds run, and each later file finds its site ready
 * instead of waiting behind builds of sites that files after it need.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { siteCatalogue } from './site-catalogue';

const catalogueFiles = [...new Set(Object.values(siteCatalogue).map((site) => site.file))];

export class CatalogueLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const place = (file: TestSpecification) => catalogueFiles.indexOf(path.relative(file.project.config.root, file.moduleId).split(path.sep).join('/'));
    const first = sorted.filter((file) => place(file) < 0);
    const last = sorted.filter((file) => place(file) >= 0).sort((a, b) => place(a) - place(b));
    return [...first, ...last];
  }
}
