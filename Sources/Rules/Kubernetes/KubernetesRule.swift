/// A Kubernetes rule: its description, and a check of one object in the context of its tree.
protocol KubernetesRule: Sendable {
    var description: RuleDescription { get }
    func check(_ object: KubernetesObject, in context: KubernetesContext) -> [Violation]
}

/// A rule judged container by container (init and ephemeral containers included).
protocol KubernetesContainerRule: KubernetesRule {
    func check(_ container: Container, of workload: PodWorkload) -> Violation?
}

extension KubernetesContainerRule {
    func check(_ object: KubernetesObject, in context: KubernetesContext) -> [Violation] {
        guard let workload = object.workload else { return [] }
        return workload.containers.compactMap { check($0, of: workload) }
    }
}

/// A rule judged once per pod spec.
protocol KubernetesPodRule: KubernetesRule {
    func check(_ workload: PodWorkload) -> [Violation]
}

extension KubernetesPodRule {
    func check(_ object: KubernetesObject, in context: KubernetesContext) -> [Violation] {
        object.workload.map(check) ?? []
    }
}
