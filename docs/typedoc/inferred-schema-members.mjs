// TypeDoc plugin. A schema is exported with its concrete zod type (`ZodMiniObject<{ nip: …;
// … }, $strict>`), so that apps can compose it; the members inside that type are what zod
// infers, and they are documented once, on the interface beside each schema
// (`EmployeeRecord` beside `EmployeeRecordSchema`). This plugin lets the not-documented
// check skip exactly those inferred members (it adds their names to
// `intentionallyNotDocumented` once the project is converted); the schema itself must still
// be documented, and its type is still shown in full.
import { Converter, ReflectionKind } from 'typedoc';

/** Whether a reflection sits inside the type of an exported `…Schema` variable. */
function inSchemaType(reflection) {
  for (let r = reflection.parent; r !== undefined; r = r.parent) {
    if (r.kindOf(ReflectionKind.Variable)) return r.name.endsWith('Schema');
  }
  return false;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const names = new Set(app.options.getValue('intentionallyNotDocumented'));
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      if (!reflection.hasComment() && inSchemaType(reflection)) names.add(reflection.getFriendlyFullName());
    }
    app.options.setValue('intentionallyNotDocumented', [...names]);
  });
}
