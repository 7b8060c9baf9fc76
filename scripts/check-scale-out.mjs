// Checks that a rendered chart scales out (issue #13): every service runs ≥ 2 replicas (or an HPA with minReplicas ≥ 2)
// under a PodDisruptionBudget that keeps one available; the shared pub/sub gives each app id one consumer group, the
// broadcast pub/sub one group per pod ({podName}) for the apps whose replicas each need every event (realtime); every
// Subscription names a component scoped to its app. Usage: node scripts/check-scale-out.mjs <modules-dir> <rendered.yaml>…
// (<modules-dir> holds node_modules with yaml, as for check-promql.mjs). Prints one line per finding; exit 1 on any.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.argv[2] || '.', 'node_modules', 'noop.js'));
const YAML = require('yaml');

const SERVICES = ['chat-api', 'audit', 'notification', 'recurring-task', 'realtime'];
const BROADCAST_APPS = ['realtime'];

function check(file) {
  const docs = YAML.parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS()).filter(Boolean);
  const of = (kind) => docs.filter((d) => d.kind === kind);
  const problems = [];
  const appOf = (deployment) => deployment.spec?.template?.metadata?.annotations?.['dapr.io/app-id'];
  for (const service of SERVICES) {
    const deployment = of('Deployment').find((d) => appOf(d) === service);
    if (!deployment) {
      problems.push(`${service}: no Deployment`);
      continue;
    }
    const name = deployment.metadata.name;
    const hpa = of('HorizontalPodAutoscaler').find((h) => h.spec?.scaleTargetRef?.name === name);
    const least = hpa ? hpa.spec.minReplicas ?? 1 : deployment.spec.replicas ?? 1;
    if (least < 2) problems.push(`${service}: at least ${least} replica(s), want ≥ 2`);
    const labels = deployment.spec.template.metadata.labels ?? {};
    const pdb = of('PodDisruptionBudget').find((p) => Object.entries(p.spec?.selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v));
    if (!pdb) problems.push(`${service}: no PodDisruptionBudget`);
    else if (!(Number(pdb.spec.minAvailable) >= 1)) problems.push(`${service}: its PodDisruptionBudget does not keep one replica available`);
  }
  const pubsubs = of('Component').filter((c) => c.spec?.type === 'pubsub.kafka');
  const meta = (component, key) => component.spec.metadata?.find((m) => m.name === key)?.value;
  for (const component of pubsubs) {
    const scopes = component.scopes ?? [];
    const group = String(meta(component, 'consumerGroup') ?? '');
    const broadcast = scopes.some((app) => BROADCAST_APPS.includes(app));
    if (broadcast && !(scopes.every((app) => BROADCAST_APPS.includes(app)) && group.includes('{podName}')))
      problems.push(`${component.metadata.name}: scoped to ${scopes} but its consumer group "${group}" is not per pod ({podName}) or it mixes in shared apps`);
    if (!broadcast && group !== '{appID}') problems.push(`${component.metadata.name}: consumer group "${group}", want "{appID}" (one group per service)`);
    if (scopes.length === 0) problems.push(`${component.metadata.name}: not scoped (every app would load it)`);
  }
  for (const app of BROADCAST_APPS) {
    if (!pubsubs.some((c) => (c.scopes ?? []).includes(app) && String(meta(c, 'consumerGroup')).includes('{podName}')))
      problems.push(`${app}: no per-pod pub/sub component`);
  }
  for (const subscription of of('Subscription')) {
    const component = pubsubs.find((c) => c.metadata.name === subscription.spec.pubsubname);
    for (const app of subscription.scopes ?? []) {
      if (!component || !(component.scopes ?? []).includes(app))
        problems.push(`Subscription ${subscription.metadata.name}: ${app} subscribes through "${subscription.spec.pubsubname}", which is not scoped to it`);
    }
  }
  return { problems, summary: `${SERVICES.length} services ≥ 2 replicas with PDBs; ${pubsubs.length} pub/sub components; ${of('Subscription').length} subscriptions` };
}

let failed = false;
for (const file of process.argv.slice(3)) {
  const { problems, summary } = check(file);
  if (problems.length) {
    failed = true;
    for (const problem of problems) console.log(`${file}: ${problem}`);
  } else console.log(`${file}: ${summary}`);
}
process.exit(failed ? 1 : 0);
