import InfragateParsers

extension Dockerfile {
    /// Every stage built on a registry image, with that image: stage references, `scratch` and
    /// references whose variables are unknown are not images that can be pinned.
    var imageStages: [(stage: Stage, image: ImageReference)] {
        stages.compactMap { stage in
            guard case .image(let image) = stage.base else { return nil }
            return (stage, image)
        }
    }
}
