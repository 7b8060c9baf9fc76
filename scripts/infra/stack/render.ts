// Renders deploy/dapr (components, resiliency, configuration) into a run directory, filling the ${VAR} placeholders.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function renderTemplate(text: string, vars: Record<string, string>): string {
  return text.replace(/\$\{([A-Z_][A-Z0-9_]*)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`no value for ${whole} in the Dapr templates`);
    return value;
  });
}

/** Writes `<runDir>/resources/*.yaml` and `<runDir>/config.yaml`; returns their paths. */
export function renderDaprResources(repoRoot: string, runDir: string, vars: Record<string, string>): { resourcesDir: string; configFile: string } {
  const source = join(repoRoot, 'deploy/dapr');
  const resourcesDir = join(runDir, 'resources');
  mkdirSync(resourcesDir, { recursive: true });
  for (const file of readdirSync(join(source, 'components')).filter((name) => name.endsWith('.yaml'))) {
    writeFileSync(join(resourcesDir, file), renderTemplate(readFileSync(join(source, 'components', file), 'utf8'), vars));
  }
  const configFile = join(runDir, 'config.yaml');
  writeFileSync(configFile, renderTemplate(readFileSync(join(source, 'config.yaml'), 'utf8'), vars));
  return { resourcesDir, configFile };
}
