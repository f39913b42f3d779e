/**
 * The schema.org vocabulary, read from the N-Quads file that `@vocabulary/schema`
 * ships (no network), and a checker that walks parsed JSON-LD against it: every
 * type and property must exist, apply to the node it is on, and hold a value of
 * a type its range allows.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const SCHEMA = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS_CLASS = 'http://www.w3.org/2000/01/rdf-schema#Class';
const RDF_PROPERTY = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';
const SUBCLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';

export interface Property {
  domains: Set<string>;
  ranges: Set<string>;
}

export interface Vocabulary {
  /** Class name → its direct superclasses (schema.org names, without the namespace). */
  classes: Map<string, Set<string>>;
  properties: Map<string, Property>;
  /** Text, URL, Date, Number…: the types of literal values, never of a node. */
  dataTypes: Set<string>;
  /** Terms schema.org has replaced; using one is a mistake. */
  superseded: Set<string>;
}

/** Reads the vocabulary once per process. */
let loading: Promise<Vocabulary> | undefined;
export function loadVocabulary(): Promise<Vocabulary> {
  loading ??= readVocabulary();
  return loading;
}

async function readVocabulary(): Promise<Vocabulary> {
  const file = createRequire(import.meta.url).resolve('@vocabulary/schema/schema.nq');
  const vocabulary: Vocabulary = { classes: new Map(), properties: new Map(), dataTypes: new Set(), superseded: new Set() };
  const property = (name: string) => {
    const known = vocabulary.properties.get(name) ?? { domains: new Set<string>(), ranges: new Set<string>() };
    vocabulary.properties.set(name, known);
    return known;
  };
  const klass = (name: string) => {
    const known = vocabulary.classes.get(name) ?? new Set<string>();
    vocabulary.classes.set(name, known);
    return known;
  };
  // N-Quads is one statement per line; only statements whose object is an IRI matter here.
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    const match = /^<([^>]*)> <([^>]*)> <([^>]*)>/.exec(line);
    if (!match) continue;
    const [, subject = '', predicate = '', object = ''] = match;
    if (!subject.startsWith(SCHEMA)) continue;
    const name = subject.slice(SCHEMA.length);
    const term = object.startsWith(SCHEMA) ? object.slice(SCHEMA.length) : object;
    if (predicate === RDF_TYPE && object === RDFS_CLASS) klass(name);
    else if (predicate === RDF_TYPE && object === `${SCHEMA}DataType`) vocabulary.dataTypes.add(name);
    else if (predicate === RDF_TYPE && object === RDF_PROPERTY) property(name);
    else if (predicate === SUBCLASS_OF) klass(name).add(term);
    else if (predicate === `${SCHEMA}domainIncludes`) property(name).domains.add(term);
    else if (predicate === `${SCHEMA}rangeIncludes`) property(name).ranges.add(term);
    else if (predicate === `${SCHEMA}supersededBy`) vocabulary.superseded.add(name);
  }
  return vocabulary;
}

/** True when `type` is `ancestor` or one of its subclasses. */
export function isA(vocabulary: Vocabulary, type: string, ancestor: string): boolean {
  const seen = new Set<string>();
  const queue = [type];
  while (queue.length > 0) {
    const current = queue.pop() as string;
    if (current === ancestor) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    queue.push(...(vocabulary.classes.get(current) ?? []));
  }
  return false;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Every problem in one JSON-LD document (`@context` + node or `@graph`), each
 * as `path: what is wrong`. An empty list means it fits the vocabulary.
 */
export function checkJsonLd(document: unknown, vocabulary: Vocabulary): string[] {
  const problems: string[] = [];
  if (!isObject(document)) return ['$: a JSON-LD document is an object'];
  if (document['@context'] !== 'https://schema.org') problems.push('$: @context is not "https://schema.org"');
  const { '@context': _context, '@graph': graph, ...rest } = document;
  if (graph === undefined) checkNode(rest, '$', undefined, vocabulary, problems);
  else if (!Array.isArray(graph) || Object.keys(rest).length > 0) problems.push('$: @graph must be the only thing beside @context');
  else graph.forEach((node, index) => checkNode(node, `$['@graph'][${index}]`, undefined, vocabulary, problems));
  return problems;
}

/**
 * schema.org's Role pattern: a Role (OrganizationRole, EmployeeRole…) may stand
 * where a property's value is expected, and holds that value under the same
 * property, beside roleName, startDate and endDate.
 * `role` names the property a Role node stands in for, and what it expects.
 */
interface RoleOf {
  property: string;
  ranges: Set<string>;
}

function checkNode(node: unknown, path: string, ranges: Set<string> | undefined, vocabulary: Vocabulary, problems: string[], role?: RoleOf): void {
  if (!isObject(node)) return void problems.push(`${path}: expected a node object`);
  const type = node['@type'];
  const id = node['@id'];
  if (id !== undefined && !(typeof id === 'string' && isAbsoluteUrl(id))) problems.push(`${path}: @id is not an absolute URL`);
  // A reference ({ "@id": ... }) points at a node described elsewhere.
  if (type === undefined && Object.keys(node).length === 1 && id !== undefined) return;
  if (typeof type !== 'string') return void problems.push(`${path}: @type must be one type name`);
  if (!vocabulary.classes.has(type) || isDataType(vocabulary, type)) return void problems.push(`${path}: "${type}" is not a schema.org type`);
  if (vocabulary.superseded.has(type)) problems.push(`${path}: "${type}" is superseded in schema.org`);
  if (ranges && !role && ![...ranges].some((range) => isA(vocabulary, type, range))) {
    problems.push(`${path}: a ${type} where the property expects ${[...ranges].join(' or ')}`);
  }
  if (role && !(role.property in node)) problems.push(`${path}: a ${type} standing in for "${role.property}" must hold its value under "${role.property}"`);
  for (const [key, value] of Object.entries(node)) {
    if (key === '@type' || key === '@id') continue;
    if (key.startsWith('@')) {
      problems.push(`${path}.${key}: unexpected keyword`);
      continue;
    }
    if (role && key === role.property) checkValues(value, `${path}.${key}`, role.ranges, vocabulary, problems, key);
    else checkProperty(type, key, value, `${path}.${key}`, vocabulary, problems);
  }
}

function checkProperty(type: string, key: string, value: unknown, path: string, vocabulary: Vocabulary, problems: string[]): void {
  // schema.org Actions annotate a property with "-input"/"-output": a Text or PropertyValueSpecification.
  const annotation = /^(.+)-(input|output)$/.exec(key);
  const name = annotation ? (annotation[1] as string) : key;
  const property = vocabulary.properties.get(name);
  if (!property) return void problems.push(`${path}: "${name}" is not a schema.org property`);
  if (vocabulary.superseded.has(name)) problems.push(`${path}: "${name}" is superseded in schema.org`);
  if (![...property.domains].some((domain) => isA(vocabulary, type, domain))) {
    problems.push(`${path}: "${name}" does not apply to ${type} (domain: ${[...property.domains].join(', ')})`);
  }
  const ranges = annotation ? new Set(['Text', 'PropertyValueSpecification']) : property.ranges;
  checkValues(value, path, ranges, vocabulary, problems, annotation ? undefined : name);
}

/** A property's value or list of values; `property` is its name, for a Role standing in for a value. */
function checkValues(value: unknown, path: string, ranges: Set<string>, vocabulary: Vocabulary, problems: string[], property?: string): void {
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0) problems.push(`${path}: an empty list says nothing; leave the property out`);
  values.forEach((item, index) => checkValue(item, Array.isArray(value) ? `${path}[${index}]` : path, ranges, vocabulary, problems, property));
}

function checkValue(value: unknown, path: string, ranges: Set<string>, vocabulary: Vocabulary, problems: string[], property?: string): void {
  const allows = (dataType: string) => [...ranges].some((range) => isA(vocabulary, range, dataType));
  const expected = [...ranges].join(' or ');
  if (typeof value === 'string') {
    if (value.trim() === '') return void problems.push(`${path}: an empty string`);
    if ([...ranges].some((range) => range === 'Text' || (isA(vocabulary, range, 'Text') && range !== 'URL'))) return;
    if (ranges.has('URL')) return void (!isAbsoluteUrl(value) && problems.push(`${path}: "${value}" is not an absolute URL`));
    if (ranges.has('DateTime') && isoDateTime.test(value)) return;
    if (ranges.has('Date') || ranges.has('DateTime')) return void (!isoDate.test(value) && problems.push(`${path}: "${value}" is not an ISO date`));
    return void problems.push(`${path}: a string where the property expects ${expected}`);
  }
  if (typeof value === 'number') {
    if (allows('Number')) {
      const integerOnly = [...ranges].every((range) => range === 'Integer');
      return void (integerOnly && !Number.isInteger(value) && problems.push(`${path}: ${value} is not an Integer`));
    }
    return void problems.push(`${path}: a number where the property expects ${expected}`);
  }
  if (typeof value === 'boolean') return void (!ranges.has('Boolean') && problems.push(`${path}: a boolean where the property expects ${expected}`));
  if (isObject(value)) {
    const type = value['@type'];
    const standsIn = property !== undefined && typeof type === 'string' && vocabulary.classes.has(type) && isA(vocabulary, type, 'Role');
    return checkNode(value, path, ranges, vocabulary, problems, standsIn ? { property, ranges } : undefined);
  }
  problems.push(`${path}: ${JSON.stringify(value)} is no schema.org value`);
}

/** Text, URL, Integer…: a data type or a subclass of one. */
function isDataType(vocabulary: Vocabulary, type: string): boolean {
  return [...vocabulary.dataTypes].some((dataType) => isA(vocabulary, type, dataType));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsoluteUrl(text: string): boolean {
  return /^https?:\/\/[^\s/]+\/?\S*$/.test(text) && URL.canParse(text);
}
