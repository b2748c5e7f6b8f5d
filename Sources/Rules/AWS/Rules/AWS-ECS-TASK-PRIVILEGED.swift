/// ECS task definitions with a container that runs privileged.
struct ECSTaskPrivilegedRule: Rule {
    let description = RuleDescription(
        id: "AWS-ECS-TASK-PRIVILEGED", title: "ECS task runs a privileged container", severity: .high, cwe: 250,
        checklist: "Container security › No privileged containers",
        rationale: "A privileged container has every capability and access to the host's devices: escaping to the EC2 host, and from there to every other task on it and the instance role, is one command. High: one compromised container becomes the host. Fargate refuses privileged containers, so this is about EC2 launch types.",
        recommendation: "Remove `privileged` (or set it to `false`) and add only the capabilities the container needs with `linuxParameters.capabilities.add`. In CloudFormation, remove `Privileged: true` from the container definition.",
        equivalents: [.checkov("CKV_AWS_334")],
        triggering: [
            """
            resource "aws_ecs_task_definition" "agent" {
              family = "agent"
              container_definitions = <<EOF
            [
              {
                "name": "agent",
                "image": "example/agent:1.4.2",
            ↓    "privileged": true
              }
            ]
            EOF
            }
            """,
            """
            resource "aws_ecs_task_definition" "agent" {
              family = "agent"
            ↓  container_definitions = jsonencode([{
                name       = "agent"
                image      = "example/agent:1.4.2"
                privileged = true
              }])
            }
            """,
            .template("""
            Resources:
              Agent:
                Type: AWS::ECS::TaskDefinition
                Properties:
                  ContainerDefinitions:
                    - Name: agent
                      Image: example/agent:1.4.2
            ↓          Privileged: true
            """),
        ],
        nonTriggering: [
            """
            resource "aws_ecs_task_definition" "web" {
              family = "web"
              container_definitions = jsonencode([{
                name       = "web"
                image      = "example/web:2.0.1"
                privileged = false
              }])
            }
            """,
            .template("""
            Resources:
              Web:
                Type: AWS::ECS::TaskDefinition
                Properties:
                  ContainerDefinitions:
                    - Name: web
                      Image: example/web:2.0.1
                      Privileged: false
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::ECS::TaskDefinition").flatMap { task in
            (AWSContainerDefinitions.containers(of: task) ?? []).compactMap { name, container -> Violation? in
                guard let privileged = container.member("Privileged"), privileged.known.boolValue == true else { return nil }
                return task.violation(at: privileged, message: "\(task.address) runs container `\(name)` privileged, with every capability and the host's devices.",
                                      detail: "privileged:\(name)")
            }
        }
    }
}
