/// What the Kubernetes pack judges: one object of the file, with the tree it is applied with.
/// Rules are written against the part they judge (the object, its pod spec, each container)
/// and the pack lifts them to this.
struct ObjectInTree {
    let object: KubernetesObject
    let tree: KubernetesTree
}

/// A container with the tree its object is applied with, for container rules that need the rest
/// of the repository (the images a skaffold configuration builds).
struct ContainerInTree {
    let container: Container
    let tree: KubernetesTree
}
