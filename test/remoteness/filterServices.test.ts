import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/_lib/errors';
import { serviceCatalog } from '../../src/remoteness/catalog';
import { defineCatalog } from '../../src/remoteness/define';
import { filterServices } from '../../src/remoteness/filter';

describe('filterServices', () => {
  it('sorts services into remote, hybrid, in-person, field and unknown', () => {
    expect(filterServices(['perawat', 'analis-kebijakan', 'arsiparis', 'satpol-pp', 'x'])).toEqual({
      remote: ['analis-kebijakan'],
      hybrid: ['arsiparis'],
      inPerson: ['perawat'],
      field: ['satpol-pp'],
      unknown: ['x'],
    });
  });

  it('keeps the input order within each list', () => {
    expect(filterServices(['perencana', 'bidan', 'analis-kebijakan', 'perawat'])).toMatchObject({
      remote: ['perencana', 'analis-kebijakan'],
      inPerson: ['bidan', 'perawat'],
    });
  });

  it('keeps a repeated id once, at its first position', () => {
    expect(filterServices(['perencana', 'bidan', 'perencana', 'x', 'x'])).toEqual({
      remote: ['perencana'],
      hybrid: [],
      inPerson: ['bidan'],
      field: [],
      unknown: ['x'],
    });
  });

  it('uses the derived mode of a service described by the five criteria', () => {
    expect(filterServices(['pustakawan', 'analis-hukum'])).toMatchObject({ hybrid: ['pustakawan'], remote: ['analis-hukum'] });
  });

  it('never treats an id missing from the catalogue as remote', () => {
    const withoutPlanner = defineCatalog(serviceCatalog, { remove: ['perencana'] });
    expect(filterServices(['perencana'], { catalog: withoutPlanner })).toMatchObject({ remote: [], unknown: ['perencana'] });
  });

  it('gives five empty lists for no ids', () => {
    expect(filterServices([])).toEqual({ remote: [], hybrid: [], inPerson: [], field: [], unknown: [] });
  });

  it('accepts a plain catalogue array and validates it', () => {
    const plain = JSON.parse(JSON.stringify(serviceCatalog)) as typeof serviceCatalog;
    expect(filterServices(['bidan'], { catalog: plain }).inPerson).toEqual(['bidan']);
    expect(() => filterServices(['bidan'], { catalog: [{ id: 'bidan' }] as never })).toThrow(/catalog\.0/);
  });

  it('rejects ids that are not strings', () => {
    let caught: unknown;
    try {
      filterServices(['bidan', 7, ''] as never);
    } catch (error) {
      caught = error;
    }
    expect(isInputError(caught) && caught.issues.map((i) => i.path.join('.'))).toEqual(['serviceIds.1', 'serviceIds.2']);
  });
});
