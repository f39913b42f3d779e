/**
 * No published fact fails the evidence check: on a synthetic corpus of a few
 * hundred articles (bench/corpus), every role, tie and quote on a person's
 * page, and every member on a party's page, is stated in its own sentence.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/corpus/index';
import { auditEvidence } from '../../src/eval/evidence-audit';
import { analyseCorpus, publishCorpus } from '../../src/pipeline/corpus';
import { loadPack, readSeedFolder } from '../../src/pipeline/ingest';

const ARTICLES = 300;
const folder = await mkdtemp(path.join(tmpdir(), 'siasa-evidence-'));
afterAll(() => rm(folder, { recursive: true, force: true }));
await writeCorpus(folder, generateCorpus(ARTICLES, 'evidence'));
const analysis = analyseCorpus(await readSeedFolder(folder), await loadPack());
// The audit reads facts, not HTML: an empty render spares the time.
const { entries } = publishCorpus(analysis, '/', undefined, () => '');
const audit = auditEvidence(entries, analysis.articles);

describe(`a synthetic corpus of ${ARTICLES} articles`, () => {
  it('publishes no role, tie, quote or party member that fails the evidence check', () => {
    expect(audit.failures).toEqual([]);
  });

  it('has facts of every kind to check', () => {
    expect(audit.checked.roles).toBeGreaterThan(100);
    expect(audit.checked.ties).toBeGreaterThan(50);
    expect(audit.checked.quotes).toBeGreaterThan(100);
    expect(audit.checked.members).toBe(audit.checked.ties);
  });
});

describe('the audit', () => {
  it('reports a party member whose sentence does not name the party', () => {
    const party = entries.parties.find((one) => one.people.some((member) => member.evidence));
    const member = party?.people.find((one) => one.evidence);
    expect(member).toBeDefined();
    const doctored = {
      ...entries,
      parties: entries.parties.map((one) =>
        one === party ? { ...one, people: [{ ...member!, evidence: { ...member!.evidence!, sentence: `${member!.name} spoke at the rally.` } }] } : one,
      ),
    };
    expect(auditEvidence(doctored, analysis.articles).failures).toEqual([`${party!.name}: member ${member!.name} (${member!.relation}): “${member!.name} spoke at the rally.”`]);
  });
});
