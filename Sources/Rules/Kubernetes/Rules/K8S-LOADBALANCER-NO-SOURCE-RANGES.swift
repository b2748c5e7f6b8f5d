import InfragateParsers

/// An internet-facing load balancer without source ranges serves an application port to the whole internet.
struct LoadBalancerWithoutSourceRanges: Rule {
    private static let sourceRangesAnnotation = "service.beta.kubernetes.io/load-balancer-source-ranges"
    private static let webPorts: Set<Int> = [80, 443]

    let description = RuleDescription(
        id: "K8S-LOADBALANCER-NO-SOURCE-RANGES", title: "LoadBalancer Service serves a non-web port to everyone", severity: .medium, cwe: 668,
        checklist: "Kubernetes network › External exposure restricted to intended clients",
        rationale: "A `LoadBalancer` Service gets a public address on most clouds, and without `spec.loadBalancerSourceRanges` (or the `service.beta.kubernetes.io/load-balancer-source-ranges` annotation) the cloud firewall admits every source address. For 80 and 443 that is usually the point; any other port (an application's gRPC or admin listener, a message broker) is then scanned and attacked from the internet. Databases and admin ports are reported by K8S-EXPOSED-SENSITIVE-PORT; internal load balancers (the AWS, Azure and GKE annotations) are not reported. Medium.",
        recommendation: "List the client networks in `spec.loadBalancerSourceRanges`, make the load balancer internal, or publish the port through an Ingress or Gateway with authentication.",
        triggering: ["""
            apiVersion: v1
            kind: Service
            metadata:
              name: orders-grpc
              namespace: shop
            spec:
              type: LoadBalancer
              selector:
                app: orders
              ports:
                - name: https
                  port: 443
                  targetPort: 8443
            ↓    - name: grpc
                  port: 9000
                  targetPort: 9000
            """],
        nonTriggering: [
            """
            apiVersion: v1
            kind: Service
            metadata:
              name: orders-grpc
              namespace: shop
            spec:
              type: LoadBalancer
              loadBalancerSourceRanges: [203.0.113.0/24]
              selector:
                app: orders
              ports:
                - name: grpc
                  port: 9000
            """,
            """
            apiVersion: v1
            kind: Service
            metadata:
              name: orders-grpc
              namespace: shop
              annotations:
                service.beta.kubernetes.io/aws-load-balancer-scheme: internal
            spec:
              type: LoadBalancer
              selector:
                app: orders
              ports:
                - name: grpc
                  port: 9000
            """,
        ])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "Service", object.root["apiVersion"]?.string == "v1", let spec = object.root["spec"],
              spec["type"]?.string == "LoadBalancer", spec["loadBalancerSourceRanges"]?.items.isEmpty != false else { return [] }
        let annotations = object.root["metadata"]?["annotations"]
        guard (annotations?[Self.sourceRangesAnnotation]?.string ?? "").isEmpty, !object.isInternalLoadBalancer else { return [] }
        return (spec["ports"]?.items ?? []).compactMap { port in
            guard let number = port["port"]?.int, !Self.webPorts.contains(number),
                  ![port["port"]?.int, port["targetPort"]?.int].contains(where: { $0.map(SensitivePort.all.contains) == true }) else { return nil }
            return Violation(line: port.firstKeyLine, message: "LoadBalancer Service `\(object.displayName)` serves port \(number) to every source address (no `spec.loadBalancerSourceRanges`).",
                             identity: "\(object.identity)|port:\(number)")
        }
    }
}
