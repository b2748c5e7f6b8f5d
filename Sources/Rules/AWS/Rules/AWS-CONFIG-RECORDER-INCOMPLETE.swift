/// AWS Config recorders that leave resource types out: not every supported type, or no global
/// (IAM) types in any recorder of the module.
struct ConfigRecorderIncompleteRule: Rule {
    let description = RuleDescription(
        id: "AWS-CONFIG-RECORDER-INCOMPLETE", title: "AWS Config recorder does not record every resource type", severity: .low, cwe: 778,
        checklist: "Logging › Configuration changes are recorded",
        rationale: "AWS Config is the history of who changed which resource into what; a recorder limited to some types (`all_supported = false`) misses changes to the others, and one without global resource types (`include_global_resource_types`, off by default) misses every IAM user, role and policy change (CIS AWS 3.5). Low: an audit gap. Global types need recording in one region only, so a module in which one recorder records them is not reported for the others.",
        recommendation: "Set `recording_group { all_supported = true, include_global_resource_types = true }` (global types in one region). In CloudFormation, set `RecordingGroup: {AllSupported: true, IncludeGlobalResourceTypes: true}`.",
        equivalents: [.checkov("CKV2_AWS_48"), .checkov("CKV2_AWS_45")],
        triggering: [
            """
            resource "aws_config_configuration_recorder" "main" {
              name     = "main"
              role_arn = aws_iam_role.config.arn
              recording_group {
            ↓    all_supported  = false
                resource_types = ["AWS::EC2::Instance"]
              }
            }
            """,
            """
            ↓resource "aws_config_configuration_recorder" "main" {
              name     = "main"
              role_arn = aws_iam_role.config.arn
            }
            """,
            .template("""
            Resources:
              Recorder:
                Type: AWS::Config::ConfigurationRecorder
                Properties:
                  RoleARN: !GetAtt ConfigRole.Arn
                  RecordingGroup:
                    AllSupported: true
            ↓        IncludeGlobalResourceTypes: false
            """),
        ],
        nonTriggering: [
            """
            resource "aws_config_configuration_recorder" "main" {
              name     = "main"
              role_arn = aws_iam_role.config.arn
              recording_group {
                all_supported                 = true
                include_global_resource_types = true
              }
            }
            """,
            """
            resource "aws_config_configuration_recorder" "home" {
              name     = "home"
              role_arn = aws_iam_role.config.arn
              recording_group {
                include_global_resource_types = true
              }
            }
            resource "aws_config_configuration_recorder" "replica" {
              provider = aws.replica
              name     = "replica"
              role_arn = aws_iam_role.config.arn
            }
            """,
            .template("""
            Resources:
              Recorder:
                Type: AWS::Config::ConfigurationRecorder
                Properties:
                  RoleARN: !GetAtt ConfigRole.Arn
                  RecordingGroup:
                    AllSupported: true
                    IncludeGlobalResourceTypes: true
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        let recorders = resources.ofType("AWS::Config::ConfigurationRecorder")
        // Whether some recorder of the module records global types, or may (an unknown value).
        let globalsRecorded = recorders.contains { recorder in
            guard let value = Self.setting("IncludeGlobalResourceTypes", of: recorder) else { return false }
            return value.known.boolValue ?? !value.isKnown
        }
        return recorders.compactMap { recorder in
            let group = recorder.isTerraform ? "recording_group" : "RecordingGroup"
            if let all = Self.setting("AllSupported", of: recorder), all.known.boolValue == false {
                return recorder.violation(at: all, message: "\(recorder.address) records only some resource types: `\(Self.name("AllSupported", in: recorder))` is false.",
                                          detail: "AllSupported")
            }
            guard !globalsRecorded else { return nil }
            let name = Self.name("IncludeGlobalResourceTypes", in: recorder)
            if let global = Self.setting("IncludeGlobalResourceTypes", of: recorder) {
                return recorder.violation(at: global, message: "\(recorder.address) does not record IAM and other global resources: `\(name)` is false, and no recorder of the \(recorder.isTerraform ? "module" : "template") records them.",
                                          detail: "IncludeGlobalResourceTypes")
            }
            return recorder.violation(message: "\(recorder.address) does not record IAM and other global resources: `\(group).\(name)` is not set (it defaults to false), and no recorder of the \(recorder.isTerraform ? "module" : "template") records them.",
                                      detail: "IncludeGlobalResourceTypes")
        }
    }

    /// The recording group's setting, spelled alike in both formats once normalised.
    private static func setting(_ name: String, of recorder: AWSResource) -> AWSValue? {
        recorder.setting(recorder.isTerraform ? "recording_group" : "RecordingGroup")?.member(name)
    }

    private static func name(_ name: String, in recorder: AWSResource) -> String {
        guard recorder.isTerraform else { return name }
        return name == "AllSupported" ? "all_supported" : "include_global_resource_types"
    }
}
