extension SecretDetector {
    static let kubeconfigClientKey = SecretDetector(
        id: "SECRET-KUBECONFIG-CLIENT-KEY", title: "Kubernetes client key in a kubeconfig (client-key-data)",
        grants: "the cluster rights of the certificate's user (often cluster-admin), until the certificate expires",
        revoke: "have the cluster's CA stop trusting the certificate (re-issue the CA or remove the user's bindings), and use short-lived credentials (exec plugins, OIDC)",
        equivalents: [.gitleaks("kubernetes-secret-yaml")],
        finder: KeyedValue(keys: ["client-key-data"], caseless: false, .base64Padded, 100...65_536),
        triggering: [
            "apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    client-certificate-data: zBNaFOy9L7DtcMtjHP4tN1PTcxOLWq8awwySDq+1pGdDWfjoAbaI6WT2qVouFb7axDMwuekS2dSvcG8pAwUt7bwZGbKRI7NZcaJVimstkl3HtToAYiAvA7Om\n↓    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpkaWVYL3JEblFPNk0zREZyTU1LcHRJVHNOVm1ZMXA2QU1YUVhKUHNXQ29YRzRJWDJZYmUzdFRFTWJNMjdBZVhabnFNd2YvUG9vSjZ6b1BicXI5NDlHWlk5ME1SbEZEaklxRW1PNk1TRFhrUHBlVUdjb3AzZ2MyVHNlV21CY3RoRkdnai9HeEVFa2lhMHE3V1EvdVFBYk5lUDFnUXkwZDFNUlRhbTRCaE11ZFQ3YXJZZlYwOURNNzVJM1pobVJJYS9sajNZa0RZTw==",
        ],
        nonTriggering: [
            "apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    client-key: /home/ci/.kube/admin.key\n    client-key-data: \"\"",
            "apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, shop]\n    client-key-data: REDACTED",
        ])
}
