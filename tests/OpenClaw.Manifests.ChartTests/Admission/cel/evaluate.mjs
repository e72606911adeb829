// Evaluates ValidatingAdmissionPolicies on objects as the Kubernetes API server does, with @bufbuild/cel, a CEL
// implementation that runs the cel-spec conformance suite. Reads one JSON batch from stdin:
//   { "policies": [ValidatingAdmissionPolicy...], "cases": [{ "object": {...}, "namespaceLabels": {...} | null }] }
// and writes, per case, every policy's verdict: { "policy", "matched", "denials": [message], "errors": [text] }.
// namespaceLabels is null for a cluster-scoped object. Only standard CEL and the strings extension's join() are
// registered: the functions the generated policies may use (README "Admission policies"), all of which Kubernetes has.
import { celEnv, parse, plan, isCelError } from "@bufbuild/cel";
import { strings } from "@bufbuild/cel/ext";
import fs from "node:fs";

const env = celEnv({ funcs: strings.filter((f) => f.name === "join") });
const planned = new Map();
function program(expr) {
  let p = planned.get(expr);
  if (!p) {
    try { const compiled = plan(env, parse(expr)); p = (vars) => compiled(vars); }
    catch (e) { const message = `does not parse: ${e.message}`; p = () => ({ parseError: message }); }
    planned.set(expr, p);
  }
  return p;
}
function evaluate(expr, vars) {
  const r = program(expr)(vars);
  if (r && r.parseError) return { error: r.parseError };
  if (isCelError(r)) return { error: r.message };
  return { value: r };
}

// Kubernetes' integers are CEL ints (int64): JSON integers become bigint, as the API server's CEL sees them.
const batch = JSON.parse(fs.readFileSync(0, "utf8"), (_, v) => (typeof v === "number" && Number.isInteger(v) ? BigInt(v) : v));

function plural(kind) {
  const k = kind.toLowerCase();
  return k.endsWith("y") ? k.slice(0, -1) + "ies" : k.endsWith("s") ? k + "es" : k + "s";
}

function selects(selector, labels) {
  if (!selector) return true;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    const ok = e.operator === "Exists" ? has : e.operator === "DoesNotExist" ? !has
      : e.operator === "In" ? has && e.values.includes(labels[e.key]) : e.operator === "NotIn" ? !has || !e.values.includes(labels[e.key]) : null;
    if (ok === null) throw new Error(`unknown selector operator ${e.operator}`);
    if (!ok) return false;
  }
  return true;
}

// matchConstraints: the resource rules, then the namespace selector (on the object's own labels for a Namespace,
// not applied to other cluster-scoped objects).
function matches(policy, object, namespaceLabels) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
  const resource = plural(object.kind);
  const m = policy.spec.matchConstraints;
  const any = (list, value) => list.includes("*") || list.includes(value);
  const ruled = m.resourceRules.some((r) => any(r.apiGroups, group) && any(r.apiVersions, version) && any(r.resources, resource)
    && (r.operations.includes("*") || r.operations.includes("CREATE")));
  if (!ruled) return false;
  if (object.kind === "Namespace") return selects(m.namespaceSelector, object.metadata?.labels ?? {});
  return namespaceLabels === null ? true : selects(m.namespaceSelector, namespaceLabels);
}

const results = batch.cases.map(({ object, namespaceLabels }) => batch.policies.map((policy) => {
  const verdict = { policy: policy.metadata.name, matched: matches(policy, object, namespaceLabels), denials: [], errors: [] };
  if (!verdict.matched) return verdict;
  // namespaceObject: the Namespace of a namespaced object, as the API server passes it (null for cluster-scoped ones).
  const namespaceObject = namespaceLabels === null || object.kind === "Namespace" ? null
    : { apiVersion: "v1", kind: "Namespace", metadata: { name: namespaceLabels["kubernetes.io/metadata.name"], labels: namespaceLabels } };
  const variables = {};
  const vars = { object, namespaceObject, variables };
  for (const v of policy.spec.variables ?? []) {
    const r = evaluate(v.expression, vars);
    if (r.error) { verdict.errors.push(`variables.${v.name}: ${r.error}`); return verdict; }
    variables[v.name] = r.value;
  }
  for (const [i, v] of policy.spec.validations.entries()) {
    const r = evaluate(v.expression, vars);
    // failurePolicy Fail: an expression that errors or is not a bool refuses the object.
    if (r.error || typeof r.value !== "boolean") { verdict.errors.push(`validations[${i}]: ${r.error ?? "not a bool"}`); continue; }
    if (r.value) continue;
    const m = v.messageExpression ? evaluate(v.messageExpression, vars) : { value: v.message };
    if (m.error || typeof m.value !== "string") verdict.errors.push(`validations[${i}].messageExpression: ${m.error ?? "not a string"}`);
    else verdict.denials.push(m.value);
  }
  return verdict;
}));
process.stdout.write(JSON.stringify(results));
