import InfragateParsers

/// A cluster repository whose tree holds no policy that verifies image signatures at admission.
struct ClusterWithoutImageVerification: Rule {
    let description = RuleDescription(
        id: "K8S-CLUSTER-NO-IMAGE-VERIFICATION", title: "Cluster repository verifies no image signatures", severity: .medium, cwe: 494,
        checklist: "Container security › Signed images where possible",
        rationale: """
            A tag or a registry says where an image came from, not who built it: a stolen registry token or a \
            compromised pipeline pushes a new image under the same name, and the cluster runs it. Signatures \
            are checked only where an admission policy requires them: a Kyverno rule with `verifyImages` (or \
            an `ImageValidatingPolicy`), a sigstore policy-controller `ClusterImagePolicy`, Connaisseur (its \
            Helm values with a `cosign` or `notary` validator, or its chart deployed by a Flux `HelmRelease` or \
            Argo CD `Application`), or a Ratify `Verifier` behind Gatekeeper. Opt-in, for repositories that \
            define a cluster (`rules: { K8S-CLUSTER-NO-IMAGE-VERIFICATION: on }`). The whole tree is searched; \
            reported once per changed file, on its first workload. Medium: supply-chain integrity.
            """,
        recommendation: "Sign images in the pipeline (cosign, Notation) and require the signatures at admission: a Kyverno `verifyImages` rule or a policy-controller `ClusterImagePolicy` for the cluster's registries.",
        optIn: true,
        triggering: ["""
            apiVersion: apps/v1
            ↓kind: Deployment
            metadata: {name: api, namespace: payments}
            spec:
              template:
                spec:
                  containers:
                    - {name: api, image: "registry.example.com/api:1.0"}
            """,
            // A policy engine that checks other things verifies no signature.
            RuleExample("""
            apiVersion: v1
            ↓kind: Pod
            metadata: {name: debug, namespace: tools}
            spec:
              containers:
                - {name: debug, image: "registry.example.com/debug:1.0"}
            """, neighbours: ["cluster/kyverno/require-labels.yaml": """
            apiVersion: kyverno.io/v1
            kind: ClusterPolicy
            metadata: {name: require-labels}
            spec:
              rules:
                - name: check-team
                  match:
                    any:
                      - resources: {kinds: [Pod]}
                  validate:
                    pattern:
                      metadata:
                        labels: {team: "?*"}
                  verifyImages: []
            """]),
            // Connaisseur with only a static validator lets every image in unverified.
            RuleExample("""
            apiVersion: apps/v1
            ↓kind: Deployment
            metadata: {name: api, namespace: payments}
            spec:
              template:
                spec:
                  containers:
                    - {name: api, image: "registry.example.com/api:1.0"}
            """, neighbours: ["cluster/connaisseur/values.yaml": """
            application:
              validators:
                - {name: allow, type: static, approve: true}
              policy:
                - {pattern: "*:*", validator: allow}
            """]),
        ],
        nonTriggering: [
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: payments}
            spec:
              template:
                spec:
                  containers:
                    - {name: api, image: "registry.example.com/api:1.0"}
            """, neighbours: ["cluster/kyverno/verify-images.yaml": """
            apiVersion: kyverno.io/v1
            kind: ClusterPolicy
            metadata: {name: verify-images}
            spec:
              webhookTimeoutSeconds: 30
              rules:
                - name: signed-by-ci
                  match:
                    any:
                      - resources: {kinds: [Pod]}
                  verifyImages:
                    - imageReferences: ["registry.example.com/*"]
                      attestors:
                        - entries:
                            - keys:
                                publicKeys: |-
                                  -----BEGIN PUBLIC KEY-----
                                  MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8nXRh950IZbRj8Ra/N9sbqOPZrfM
                                  5/KAQN0/KjHcorm/J5yctVd7iEcnessRQjU917hmKO6JWVGHpDguIyakZA==
                                  -----END PUBLIC KEY-----
            """]),
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: payments}
            spec:
              template:
                spec:
                  containers:
                    - {name: api, image: "registry.example.com/api:1.0"}
            """, neighbours: ["cluster/sigstore/keyless.yaml": """
            apiVersion: policy.sigstore.dev/v1beta1
            kind: ClusterImagePolicy
            metadata: {name: keyless-ci}
            spec:
              images:
                - glob: "registry.example.com/**"
              authorities:
                - keyless:
                    url: https://fulcio.sigstore.dev
                    identities:
                      - {issuer: "https://token.actions.githubusercontent.com", subjectRegExp: "^https://github.com/acme/"}
            """]),
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: payments}
            spec:
              template:
                spec:
                  containers:
                    - {name: api, image: "registry.example.com/api:1.0"}
            """, neighbours: ["cluster/connaisseur/values.yaml": """
            application:
              validators:
                - {name: allow, type: static, approve: true}
                - name: acme
                  type: cosign
                  trustRoots:
                    - {name: default, key: "awskms:///alias/cosign"}
              policy:
                - {pattern: "*:*", validator: acme}
            """]),
        ])

    func check(_ input: ObjectInTree) -> [Violation] {
        let object = input.object
        guard input.tree.isFirstWorkloadOfFile(object), !input.tree.hasImageVerification else { return [] }
        let also = input.tree.otherWorkloadsOfFile("nor")
        return [Violation(line: object.line,
                          message: "No admission policy in the repository verifies the signatures of the images `\(object.kind)` `\(object.displayName)` runs\(also): no Kyverno `verifyImages`, sigstore `ClusterImagePolicy`, Connaisseur or Ratify verifier.",
                          identity: "\(object.identity)|image-verification")]
    }
}
