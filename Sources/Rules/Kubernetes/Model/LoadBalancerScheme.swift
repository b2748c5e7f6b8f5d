import InfragateParsers

extension KubernetesObject {
    /// The cloud annotations that make a `LoadBalancer` Service internal: its address is in the
    /// VPC, not on the internet.
    private static let internalLoadBalancerAnnotations: [String: Set<String>] = [
        "service.beta.kubernetes.io/aws-load-balancer-internal": ["true"],
        "service.beta.kubernetes.io/aws-load-balancer-scheme": ["internal"],
        "service.beta.kubernetes.io/azure-load-balancer-internal": ["true"],
        "networking.gke.io/load-balancer-type": ["Internal"],
        "cloud.google.com/load-balancer-type": ["Internal"],
    ]

    /// Whether this Service asks its cloud for an internal load balancer.
    var isInternalLoadBalancer: Bool {
        let annotations = root["metadata"]?["annotations"]
        return Self.internalLoadBalancerAnnotations.contains { key, values in
            annotations?[key]?.string.map(values.contains) == true
        }
    }
}
