import InfragateParsers

/// A LoadBalancer or NodePort Service puts a database or admin port outside the cluster.
struct ExposedSensitivePort: Rule {
    let description = RuleDescription(
        id: "K8S-EXPOSED-SENSITIVE-PORT", title: "Service exposes a database or admin port", severity: .high, cwe: 668,
        checklist: "Kubernetes network › No databases or admin ports exposed",
        rationale: "A `LoadBalancer` or `NodePort` Service makes its ports reachable from outside the cluster; databases (5432, 3306, 27017, 6379, 9200…), SSH and the Docker or kubelet APIs are brute-forced and exploited within hours of exposure. High. An internal load balancer (the AWS, Azure and GKE annotations) has a private address and is not reported.",
        recommendation: "Use a `ClusterIP` Service for internal ports; if external access is needed, go through a VPN, bastion or authenticated proxy and restrict `loadBalancerSourceRanges`.",
        equivalents: [.kubeLinter("exposed-services")],
        triggering: ["""
            apiVersion: v1
            kind: Service
            metadata:
              name: db
            spec:
              type: LoadBalancer
              ports:
                - name: http
                  port: 80
            ↓    - name: postgres
                  port: 5432
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Service
            metadata:
              name: db
            spec:
              type: ClusterIP
              ports:
                - port: 5432
            """, """
            apiVersion: v1
            kind: Service
            metadata:
              name: db
              annotations:
                networking.gke.io/load-balancer-type: Internal
            spec:
              type: LoadBalancer
              ports:
                - port: 5432
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "Service", let spec = object.root["spec"],
              let type = spec["type"]?.string, type == "LoadBalancer" && !object.isInternalLoadBalancer || type == "NodePort" else { return [] }
        return (spec["ports"]?.items ?? []).compactMap { port in
            let numbers = [port["port"]?.int, port["targetPort"]?.int].compactMap { $0 }
            guard let exposed = numbers.first(where: SensitivePort.all.contains) else { return nil }
            return Violation(line: port.firstKeyLine, message: "\(type) Service `\(object.displayName)` exposes port \(exposed) outside the cluster (`spec.ports`).",
                             identity: "\(object.identity)|port:\(exposed)")
        }
    }
}
