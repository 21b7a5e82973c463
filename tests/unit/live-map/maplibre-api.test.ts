/**
 * Contract test: every MapLibre API the client code uses exists in the installed `maplibre-gl`.
 * The list is not written by hand: the TypeScript compiler reads `src/scripts/` and collects each
 * method called on a MapLibre object (`map.project(…)`, `map.touchZoomRotate.disableRotation()`,
 * `new maplibre.NavigationControl(…)`), so a call added to the code is checked here the day it is
 * written, and nothing is listed that the code does not call. Each one is then looked up in the
 * real module (it loads in Node; WebGL is only needed to draw). An upgrade that renames or drops
 * one fails here, by name, before a reader sees a blank map.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const maplibre = (await import('maplibre-gl')) as unknown as Record<string, unknown>;

const scriptsDir = resolve(import.meta.dirname, '../../../src/scripts');
const files = readdirSync(scriptsDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(scriptsDir, f));

/** `Class.method` for each method of a MapLibre class the code calls; `maplibre.Name` for each export it uses. */
function maplibreUses(): { methods: Set<string>; exports: Set<string> } {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  });
  const checker = program.getTypeChecker();
  const fromMapLibre = (declarations: readonly ts.Declaration[] | undefined) =>
    (declarations ?? []).some((d) => d.getSourceFile().fileName.includes('/node_modules/maplibre-gl/'));
  // The name each MapLibre class is exported under (the type declarations call `Map` `Map$1`).
  const exportedAs = new Map<ts.Declaration, string>();
  for (const file of files) {
    for (const statement of program.getSourceFile(file)?.statements ?? []) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      if (statement.moduleSpecifier.text !== 'maplibre-gl') continue;
      const module = checker.getSymbolAtLocation(statement.moduleSpecifier);
      for (const exported of module ? checker.getExportsOfModule(module) : []) {
        const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        for (const declaration of target.declarations ?? []) {
          if (!exportedAs.has(declaration)) exportedAs.set(declaration, exported.name);
        }
      }
    }
  }
  const methods = new Set<string>();
  const exports = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const owner = checker.getTypeAtLocation(node.expression).getSymbol();
      const member = checker.getSymbolAtLocation(node.name);
      if (owner && member && fromMapLibre(member.declarations)) {
        const isMethod = member.declarations?.some((d) => ts.isMethodDeclaration(d) || ts.isMethodSignature(d));
        if (owner.valueDeclaration && ts.isSourceFile(owner.valueDeclaration)) {
          exports.add(member.name);
        } else if (isMethod) {
          const name = owner.declarations?.map((d) => exportedAs.get(d)).find(Boolean) ?? owner.name;
          methods.add(`${name}.${member.name}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (source) visit(source);
  }
  return { methods, exports };
}

const uses = maplibreUses();

describe('the list of MapLibre calls is read from the code', () => {
  test('finds the calls the live maps are known to make', () => {
    expect([...uses.methods]).toEqual(
      expect.arrayContaining(['Map.project', 'Map.queryRenderedFeatures', 'Map.addControl', 'Map.jumpTo']),
    );
    expect([...uses.exports]).toEqual(expect.arrayContaining(['Map', 'setWorkerUrl', 'NavigationControl']));
  });
});

describe('maplibre-gl exports what the live maps use', () => {
  test.each([...uses.exports].sort())('exports %s', (name) => {
    expect(maplibre[name], name).toBeDefined();
  });

  test('has no default export (ESM only, named imports)', () => {
    expect(maplibre['default']).toBeUndefined();
  });
});

describe('every method the live maps call exists', () => {
  test.each([...uses.methods].sort())('%s', (name) => {
    const [className = '', method = ''] = name.split('.');
    const cls = maplibre[className] as { prototype: Record<string, unknown> } | undefined;
    expect(cls, `maplibre-gl exports the class ${className}`).toBeDefined();
    expect(typeof cls?.prototype[method], name).toBe('function');
  });
});
