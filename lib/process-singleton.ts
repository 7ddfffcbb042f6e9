/**
 * One value per Node process under `lattice-lens.<name>`, created on first use. Held on
 * globalThis because Next's route bundles and our server may each load their own copy of a
 * module: a module-level variable would give each copy its own value.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`lattice-lens.${name}`);
  const g = globalThis as { [key]?: T };
  g[key] ??= create();
  return g[key] as T;
}
