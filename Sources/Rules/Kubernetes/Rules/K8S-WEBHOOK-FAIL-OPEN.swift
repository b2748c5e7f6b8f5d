import InfragateParsers

/// An admission webhook with `failurePolicy: Ignore`: when it is down, or made slow, every request
/// it should have judged is admitted.
struct WebhookFailOpen: Rule {
    let description = RuleDescription(
        id: "K8S-WEBHOOK-FAIL-OPEN", title: "Validating admission webhook fails open", severity: .medium, cwe: 636,
        checklist: "Kubernetes admission › Policy enforcement cannot be bypassed",
        rationale: "A `ValidatingWebhookConfiguration` webhook (Gatekeeper, Kyverno, an image-signature verifier, an in-house policy) with `failurePolicy: Ignore` admits whatever it would have refused whenever it cannot answer in time: a crashed or evicted policy pod, a network policy, a request crafted to be slow, or a `timeoutSeconds` too short. The policy then holds only while nobody tries. Medium. The API's default, `Fail`, is not reported; mutating webhooks, which add defaults rather than enforce, are not judged.",
        recommendation: "Set `failurePolicy: Fail` on enforcing webhooks, run the webhook highly available (replicas, PodDisruptionBudget), and exempt only its own namespace with `namespaceSelector`.",
        triggering: ["""
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingWebhookConfiguration
            metadata: {name: gatekeeper-validating-webhook-configuration}
            webhooks:
              - name: validation.gatekeeper.sh
                admissionReviewVersions: [v1]
                sideEffects: None
            ↓    failurePolicy: Ignore
                clientConfig:
                  service: {name: gatekeeper-webhook-service, namespace: gatekeeper-system}
            """],
        nonTriggering: ["""
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingWebhookConfiguration
            metadata: {name: gatekeeper-validating-webhook-configuration}
            webhooks:
              - name: validation.gatekeeper.sh
                admissionReviewVersions: [v1]
                sideEffects: None
                failurePolicy: Fail
                clientConfig:
                  service: {name: gatekeeper-webhook-service, namespace: gatekeeper-system}
              - name: check.example.com
                admissionReviewVersions: [v1]
                sideEffects: None
                clientConfig:
                  service: {name: checker, namespace: policy}
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "ValidatingWebhookConfiguration" else { return [] }
        return (object.root["webhooks"]?.items ?? []).compactMap { webhook in
            guard let policy = webhook.entry("failurePolicy"), policy.value.string == "Ignore" else { return nil }
            let name = webhook["name"]?.string ?? "?"
            return Violation(line: policy.keyLine, message: "Webhook `\(name)` of `\(object.name)` admits requests whenever it cannot answer (`failurePolicy: Ignore`).",
                             identity: "\(object.identity)|webhook:\(name)")
        }
    }
}
