#!/usr/bin/env python3
"""Regenerates the JSON schemas kubeconform validates the Helm output against (only the kinds the chart renders).

Kubernetes kinds: the v1.31 "local-strict" schemas of the kubernetes-validate wheel (PyPI), made standalone by
inlining the definitions they reference. CRDs: each CRD's openAPIV3Schema converted the way kubeconform's
openapi2jsonschema does (strict objects, int-or-string). Sources and commands: deploy/schemas/README.md.
Usage: build.py --k8s-wheel W --crd FILE... (writes next to this script). Needs PyYAML.
"""
import argparse, json, pathlib, re, zipfile
import yaml

HERE = pathlib.Path(__file__).resolve().parent
K8S_VERSION = "v1.31.0"
K8S_KINDS = [  # file stems in kubeconform's {kind}-{group}-{version} convention
    "configmap-v1", "secret-v1", "service-v1", "serviceaccount-v1", "pod-v1",
    "deployment-apps-v1", "statefulset-apps-v1",
    "poddisruptionbudget-policy-v1", "horizontalpodautoscaler-autoscaling-v2",
    "ingress-networking-v1", "networkpolicy-networking-v1", "role-rbac-v1", "rolebinding-rbac-v1",
]
CRD_KINDS = {  # group -> kinds kept
    "dapr.io": {"Component", "Subscription", "Resiliency", "Configuration"},
    "kafka.strimzi.io": {"Kafka", "KafkaNodePool", "KafkaTopic"},
    "monitoring.coreos.com": {"ServiceMonitor", "PrometheusRule"},
}
REF = re.compile(r"^(?:/api/_definitions\.json)?#/\$defs/(.+)$")


def standalone(schema, definitions):
    """Inline every definition the schema reaches, rewriting refs to #/$defs/NAME."""
    needed, queue = {}, [schema]
    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and (m := REF.match(ref)):
                node["$ref"] = "#/$defs/" + m.group(1)
                if m.group(1) not in needed:
                    needed[m.group(1)] = json.loads(json.dumps(definitions[m.group(1)]))
                    queue.append(needed[m.group(1)])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    while queue:
        walk(queue.pop())
    schema.pop("$id", None)
    schema["$defs"] = dict(sorted(needed.items()))
    return schema


def strict(node, preserve=False):
    """openapi2jsonschema: objects with properties reject unknown fields; int-or-string becomes oneOf."""
    if isinstance(node, dict):
        if node.get("x-kubernetes-int-or-string"):
            node.pop("type", None)
            node.pop("anyOf", None)
            node["oneOf"] = [{"type": "string"}, {"type": "integer"}]
        keep = preserve or node.get("x-kubernetes-preserve-unknown-fields") is True
        if "properties" in node and "additionalProperties" not in node and not keep:
            node["additionalProperties"] = False
        for key, value in node.items():
            strict(value, keep and key == "properties")
    elif isinstance(node, list):
        for value in node:
            strict(value)
    return node


def build_k8s(wheel):
    out = HERE / "kubernetes"
    out.mkdir(exist_ok=True)
    base = f"kubernetes_validate/kubernetes-json-schema/{K8S_VERSION}-local-strict/"
    with zipfile.ZipFile(wheel) as zf:
        definitions = json.loads(zf.read(base + "_definitions.json"))["$defs"]
        for stem in K8S_KINDS:
            schema = standalone(json.loads(zf.read(base + stem + ".json")), definitions)
            (out / f"{stem}.json").write_text(json.dumps(schema, separators=(",", ":"), sort_keys=True) + "\n")


def build_crds(files):
    for path in files:
        for crd in yaml.safe_load_all(pathlib.Path(path).read_text()):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
            if kind not in CRD_KINDS.get(group, ()):
                continue
            for version in crd["spec"]["versions"]:
                if not version.get("served", True):
                    continue
                schema = strict(version["schema"]["openAPIV3Schema"])
                schema["$schema"] = "http://json-schema.org/draft-07/schema#"
                target = HERE / "crds" / group / f"{kind.lower()}_{version['name']}.json"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(json.dumps(schema, separators=(",", ":"), sort_keys=True) + "\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--k8s-wheel", required=True)
    parser.add_argument("--crd", nargs="+", required=True)
    args = parser.parse_args()
    build_k8s(args.k8s_wheel)
    build_crds(args.crd)
