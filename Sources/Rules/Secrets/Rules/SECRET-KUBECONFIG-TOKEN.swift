extension SecretDetector {
    static let kubeconfigToken = SecretDetector(
        id: "SECRET-KUBECONFIG-TOKEN", title: "Kubernetes bearer token in a kubeconfig",
        grants: "the cluster rights of the token's service account or user",
        revoke: "delete the token's Secret (or the service account), and use short-lived credentials (exec plugins, OIDC)",
        equivalents: [.trufflehog("KubeConfig")],
        finder: KeyedValue(keys: ["token"], caseless: false, .base64URLDottedPadded, 16...8_192, minimumEntropy: 3.5, cues: [.literal("kind: Config")], cueDistance: 1 << 30, holdsAnyToken: true),
        triggering: [
            "apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n↓    token: vq8enB.le6vl7sviy2vwjfh",
        ],
        nonTriggering: [
            "apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token\n    token: \"\"",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    token: Hd4o9V.js40z692e17bl5ft",
        ])
}
