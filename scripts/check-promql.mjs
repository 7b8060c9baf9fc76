// Parses every PromQL expression of the alert rules and the Grafana dashboard with Prometheus' own grammar
// (@prometheus-io/lezer-promql) and fails on a syntax error. Usage: node scripts/check-promql.mjs <modules-dir>
// where <modules-dir> holds node_modules with @prometheus-io/lezer-promql and yaml (scripts/install-deploy-tools.sh).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.argv[2] ?? '.', 'node_modules', 'noop.js'));
const { parser } = require('@prometheus-io/lezer-promql');
const YAML = require('yaml');

/** Grafana's variables are not PromQL: give them values of the right kind before parsing. */
const withoutGrafanaVariables = (expr) => expr.replaceAll('$__rate_interval', '5m').replaceAll('$__interval', '1m');

function syntaxErrors(expr) {
  const errors = [];
  parser.parse(expr).iterate({
    enter: (node) => {
      if (node.type.isError) errors.push(`at ${node.from}: "${expr.slice(Math.max(0, node.from - 10), node.to + 10)}"`);
    },
  });
  return errors;
}

function dashboardExpressions(dashboard) {
  const panels = (dashboard.panels ?? []).flatMap((panel) => [panel, ...(panel.panels ?? [])]);
  return panels.flatMap((panel) => (panel.targets ?? []).map((target) => [`dashboard panel "${panel.title}"`, target.expr]));
}

function ruleExpressions(rules) {
  return (rules.groups ?? []).flatMap((group) => group.rules.map((rule) => [`rule ${rule.alert ?? rule.record}`, rule.expr]));
}

const [rulesFile, dashboardFile] = ['deploy/monitoring/prometheus-rules.yaml', 'deploy/monitoring/grafana-dashboard.json'];
const expressions = [
  ...ruleExpressions(YAML.parse(readFileSync(rulesFile, 'utf8'))),
  ...dashboardExpressions(JSON.parse(readFileSync(dashboardFile, 'utf8'))),
];
let failed = 0;
for (const [where, expr] of expressions) {
  const errors = typeof expr === 'string' && expr.trim() ? syntaxErrors(withoutGrafanaVariables(expr)) : ['empty expression'];
  if (errors.length) {
    failed += 1;
    console.log(`FAIL: PromQL of ${where}: ${errors.join('; ')}`);
  }
}
console.log(`${expressions.length - failed} of ${expressions.length} PromQL expressions parse`);
process.exit(failed ? 1 : 0);
