/**
 * `kerja-dinamis schema <name>`: the JSON Schema of an input, from the library's zod
 * schemas (`z.toJSONSchema`), for apps written in other languages; and
 * `kerja-dinamis template <name>`: the header row of a CSV template.
 */
import { z } from 'zod';
import { EmployeeRecordSchema } from 'kerja-dinamis';
import { MonthlyPerformanceInputSchema } from 'kerja-dinamis';
import { PolicyFileSchema, PolicySchema } from 'kerja-dinamis';
import { WorkPatternInputSchema } from 'kerja-dinamis';
import type { Ctx } from '../context';
import { CliFailure } from '../input';
import { onePositional } from '../options';
import { csvLine, openTarget } from '../output';
import { sheetTextOf } from '../sheet-text';
import { TEMPLATES, TEMPLATE_EXAMPLES } from '../templates';
import { writeTemplateWorkbook } from '../xlsx-views';
import { WorkbookWriter } from '../xlsx-write';

/** The schemas `schema` prints, by name. */
export const SCHEMAS = {
  'employee-record': { schema: EmployeeRecordSchema, title: 'EmployeeRecord' },
  'monthly-performance': { schema: MonthlyPerformanceInputSchema, title: 'MonthlyPerformanceInput' },
  'work-pattern-input': { schema: WorkPatternInputSchema, title: 'WorkPatternInput' },
  policy: { schema: PolicySchema, title: 'Policy' },
  'policy-file': { schema: PolicyFileSchema, title: 'PolicyFile' },
} as const;

/** A name `schema` knows. */
export type SchemaName = keyof typeof SCHEMAS;

/**
 * The JSON Schema of an input as the command prints it: the **input** side of the zod
 * schema (a NIP is a string before it is normalised), refinements left out (JSON Schema
 * cannot say "a date that exists"), anything unrepresentable as `{}`.
 */
export function jsonSchemaOf(name: SchemaName): Record<string, unknown> {
  const { schema, title } = SCHEMAS[name];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return { $schema, $id: `urn:kerja-dinamis:schema:${name}`, title, ...rest };
}

/** Runs `schema`. */
export async function runSchema(ctx: Ctx): Promise<number> {
  const { io, t, args } = ctx;
  const name = onePositional(args, t);
  if (!Object.hasOwn(SCHEMAS, name)) throw new CliFailure([t.unknownSchema(name, Object.keys(SCHEMAS))]);
  const target = await openTarget(io, t, args.values.out);
  await target.out.push(`${JSON.stringify(jsonSchemaOf(name as SchemaName), null, 2)}\n`);
  await target.close();
  return 0;
}

/**
 * Runs `template`: the header row, delimited by `;`, and with `--contoh` (`--example`)
 * the example rows; with `--format xlsx --out FILE.xlsx`, a workbook whose Text columns
 * are formatted as Text.
 */
export async function runTemplate(ctx: Ctx): Promise<number> {
  const { io, t, lang, args } = ctx;
  const name = onePositional(args, t);
  if (!Object.hasOwn(TEMPLATES, name)) throw new CliFailure([t.unknownTemplate(name, Object.keys(TEMPLATES))]);
  if (args.format === 'json') throw new CliFailure([sheetTextOf(lang).templateFormat(args.format)]);
  const template = TEMPLATES[name as keyof typeof TEMPLATES];
  const examples = args.example === true;
  if (args.format === 'xlsx') {
    const book = await WorkbookWriter.open(io, t, args.values.out!);
    await writeTemplateWorkbook(book, template, examples);
    await book.close();
    return 0;
  }
  const target = await openTarget(io, t, args.values.out);
  await target.out.push(csvLine(template.columns.map((c) => c.name), ';'));
  if (examples) for (const example of TEMPLATE_EXAMPLES[template.name]) await target.out.push(csvLine(template.columns.map((c) => example[c.name] ?? ''), ';'));
  await target.close();
  return 0;
}
