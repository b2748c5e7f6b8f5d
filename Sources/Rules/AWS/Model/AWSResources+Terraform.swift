import InfragateParsers

extension AWSResources {
    /// The AWS resources of a module, by their CloudFormation type; resources whose `count` or
    /// `for_each` creates nothing are left out, and separate configuration resources are joined
    /// into the resource they configure.
    init(terraform module: TerraformModule) {
        var resources: [AWSResource] = []
        var indexByAddress: [String: Int] = [:]
        let reader = TerraformReader(module: module)
        // Configuration resources whose owner is not in the module, judged on their own.
        var detached: [AWSResource] = []
        for resource in module.resources {
            guard let type = Self.cloudFormationTypes[resource.type] else { continue }
            indexByAddress[resource.address] = resources.count
            resources.append(AWSResource(
                type: type, address: resource.address, source: .terraform, path: resource.path, line: resource.line,
                endLine: reader.endLine(of: resource), properties: reader.value(of: resource.settings.body, line: resource.line, path: resource.path)))
        }
        // Data sources rules read through references: the AMI or SSM parameter an instance boots
        // from, the managed policy an attachment names.
        for source in module.dataSources {
            guard let type = Self.dataSourceTypes[source.type] else { continue }
            let address = "data.\(source.address)"
            indexByAddress[address] = resources.count
            resources.append(AWSResource(
                type: type, address: address, source: .terraform, path: source.path, line: source.line,
                endLine: source.line, properties: reader.value(of: source.settings.body, line: source.line, path: source.path)))
        }
        for (partType, part) in Self.joinedParts {
            let parts = module.resources(ofType: partType)
            guard !parts.isEmpty else { continue }
            let owners = resources.indices.filter { resources[$0].address.hasPrefix(part.ownerType + ".") }
            var ownerByName: [String: Int] = [:]
            for index in owners {
                if let attribute = part.ownerNameAttribute, let name = resources[index].setting(attribute)?.known.stringValue {
                    ownerByName[name] = index
                }
            }
            for resource in parts {
                var value = reader.value(of: resource.settings.body, line: resource.line, path: resource.path)
                if let block = part.block, let inner = value.member(block) { value = inner }
                let target = resource.settings.attribute(part.ownerAttribute).flatMap { attribute -> Int? in
                    let references = reader.references(in: attribute.expression)
                    if let index = references.lazy.compactMap({ indexByAddress[$0] }).first { return index }
                    return module.evaluate(attribute.expression).stringValue.flatMap { ownerByName[$0] }
                }
                if let target {
                    resources[target].join(value, as: part.property)
                } else {
                    // Which resource it configures is unknown: it may configure any of them.
                    for index in owners { resources[index].configuredElsewhere.insert(AWSValue.normalized(part.property)) }
                    if let detachedType = part.detachedType {
                        detached.append(AWSResource(type: detachedType, address: resource.address, source: .terraform, path: resource.path,
                                                    line: resource.line, endLine: reader.endLine(of: resource), properties: value))
                    }
                }
            }
        }
        self.init(resources + detached, policies: AWSPolicy.all(in: module))
        callsModules = module.files.contains { file in file.body.blocks.contains { $0.type == "module" } }
    }

    /// A Terraform resource that configures another one, and the CloudFormation property of the
    /// owner it stands for.
    private struct JoinedPart {
        let ownerType: String
        /// The attribute naming the owner (`bucket`).
        let ownerAttribute: String
        /// The owner's attribute a literal name is compared with, when the owner is named rather than referred to by id.
        var ownerNameAttribute: String?
        let property: String
        /// The nested block holding the settings, when not the whole resource.
        var block: String?
        /// The type under which a part whose owner is not in the module is read, when rules judge its settings alone.
        var detachedType: String?
    }

    private static let joinedParts: [(String, JoinedPart)] = [
        ("aws_s3_bucket_versioning", JoinedPart(ownerType: "aws_s3_bucket", ownerAttribute: "bucket", ownerNameAttribute: "bucket",
                                                property: "VersioningConfiguration", block: "versioning_configuration",
                                                detachedType: "Terraform::S3::BucketVersioning")),
        ("aws_s3_bucket_server_side_encryption_configuration",
         JoinedPart(ownerType: "aws_s3_bucket", ownerAttribute: "bucket", ownerNameAttribute: "bucket", property: "BucketEncryption")),
        ("aws_s3_bucket_logging", JoinedPart(ownerType: "aws_s3_bucket", ownerAttribute: "bucket", ownerNameAttribute: "bucket",
                                             property: "LoggingConfiguration")),
        ("aws_s3_bucket_public_access_block", JoinedPart(ownerType: "aws_s3_bucket", ownerAttribute: "bucket", ownerNameAttribute: "bucket",
                                                         property: "PublicAccessBlockConfiguration")),
        ("aws_s3_bucket_lifecycle_configuration", JoinedPart(ownerType: "aws_s3_bucket", ownerAttribute: "bucket", ownerNameAttribute: "bucket",
                                                             property: "LifecycleConfiguration")),
        ("aws_efs_backup_policy", JoinedPart(ownerType: "aws_efs_file_system", ownerAttribute: "file_system_id", property: "BackupPolicy",
                                             block: "backup_policy")),
        ("aws_backup_vault_lock_configuration", JoinedPart(ownerType: "aws_backup_vault", ownerAttribute: "backup_vault_name", ownerNameAttribute: "name",
                                                           property: "LockConfiguration")),
        ("aws_s3_bucket_object_lock_configuration", JoinedPart(ownerType: "aws_s3_bucket", ownerAttribute: "bucket", ownerNameAttribute: "bucket",
                                                               property: "ObjectLockConfiguration")),
    ]

    /// Terraform data sources rules read, by the type they are read under.
    static let dataSourceTypes: [String: String] = [
        "aws_ami": "Terraform::Data::AMI",
        "aws_ssm_parameter": "Terraform::Data::SSMParameter",
        "aws_iam_policy": "Terraform::Data::IAMPolicy",
    ]

    /// Terraform resource types and the CloudFormation types they create.
    static let cloudFormationTypes: [String: String] = [
        "aws_s3_bucket": "AWS::S3::Bucket",
        "aws_kms_key": "AWS::KMS::Key",
        "aws_db_instance": "AWS::RDS::DBInstance",
        "aws_rds_cluster": "AWS::RDS::DBCluster",
        "aws_rds_cluster_instance": "AWS::RDS::DBInstance",
        "aws_ebs_volume": "AWS::EC2::Volume",
        "aws_launch_configuration": "AWS::AutoScaling::LaunchConfiguration",
        "aws_dynamodb_table": "AWS::DynamoDB::Table",
        "aws_ecr_repository": "AWS::ECR::Repository",
        "aws_cloudwatch_log_group": "AWS::Logs::LogGroup",
        "aws_lambda_function": "AWS::Lambda::Function",
        "aws_secretsmanager_secret": "AWS::SecretsManager::Secret",
        "aws_kinesis_stream": "AWS::Kinesis::Stream",
        "aws_elasticache_replication_group": "AWS::ElastiCache::ReplicationGroup",
        "aws_elasticache_cluster": "AWS::ElastiCache::CacheCluster",
        "aws_eks_cluster": "AWS::EKS::Cluster",
        "aws_redshift_cluster": "AWS::Redshift::Cluster",
        "aws_docdb_cluster": "AWS::DocDB::DBCluster",
        "aws_neptune_cluster": "AWS::Neptune::DBCluster",
        "aws_opensearch_domain": "AWS::OpenSearchService::Domain",
        "aws_elasticsearch_domain": "AWS::Elasticsearch::Domain",
        "aws_mq_broker": "AWS::AmazonMQ::Broker",
        "aws_msk_cluster": "AWS::MSK::Cluster",
        "aws_sagemaker_notebook_instance": "AWS::SageMaker::NotebookInstance",
        "aws_dms_replication_instance": "AWS::DMS::ReplicationInstance",
        "aws_api_gateway_stage": "AWS::ApiGateway::Stage",
        "aws_cloudfront_distribution": "AWS::CloudFront::Distribution",
        "aws_instance": "AWS::EC2::Instance",
        "aws_workspaces_workspace": "AWS::WorkSpaces::Workspace",
        "aws_dax_cluster": "AWS::DAX::Cluster",
        "aws_backup_vault": "AWS::Backup::BackupVault",
        "aws_cloudtrail": "AWS::CloudTrail::Trail",
        "aws_guardduty_detector": "AWS::GuardDuty::Detector",
        "aws_appsync_graphql_api": "AWS::AppSync::GraphQLApi",
        "aws_iam_account_password_policy": "Terraform::IAM::AccountPasswordPolicy",
        "aws_efs_file_system": "AWS::EFS::FileSystem",
        "aws_sns_topic": "AWS::SNS::Topic",
        "aws_sqs_queue": "AWS::SQS::Queue",
        "aws_codebuild_project": "AWS::CodeBuild::Project",
        "aws_athena_workgroup": "AWS::Athena::WorkGroup",
        "aws_emr_cluster": "AWS::EMR::Cluster",
        "aws_lb": "AWS::ElasticLoadBalancingV2::LoadBalancer",
        "aws_alb": "AWS::ElasticLoadBalancingV2::LoadBalancer",
        "aws_transfer_server": "AWS::Transfer::Server",
        "aws_ssm_document": "AWS::SSM::Document",
        "aws_timestreamwrite_database": "AWS::Timestream::Database",
        "aws_glue_data_catalog_encryption_settings": "AWS::Glue::DataCatalogEncryptionSettings",
        "aws_memorydb_cluster": "AWS::MemoryDB::Cluster",
        "aws_launch_template": "AWS::EC2::LaunchTemplate",
        "aws_lambda_function_url": "AWS::Lambda::Url",
        "aws_qldb_ledger": "AWS::QLDB::Ledger",
        "aws_iam_user_policy": "AWS::IAM::UserPolicy",
        "aws_iam_user_policy_attachment": "Terraform::IAM::UserPolicyAttachment",
        "aws_iam_policy_attachment": "Terraform::IAM::PolicyAttachment",
        "aws_security_group": "AWS::EC2::SecurityGroup",
        "aws_security_group_rule": "Terraform::EC2::SecurityGroupRule",
        "aws_vpc_security_group_ingress_rule": "AWS::EC2::SecurityGroupIngress",
        "aws_s3_bucket_acl": "Terraform::S3::BucketAcl",
        "aws_vpc": "AWS::EC2::VPC",
        "aws_ebs_encryption_by_default": "Terraform::EC2::EBSEncryptionByDefault",
        "aws_api_gateway_method": "AWS::ApiGateway::Method",
        "aws_lambda_permission": "AWS::Lambda::Permission",
        "aws_lb_listener": "AWS::ElasticLoadBalancingV2::Listener",
        "aws_alb_listener": "AWS::ElasticLoadBalancingV2::Listener",
        "aws_flow_log": "AWS::EC2::FlowLog",
        "aws_network_acl": "Terraform::EC2::NetworkAcl",
        "aws_default_network_acl": "Terraform::EC2::NetworkAcl",
        "aws_network_acl_rule": "AWS::EC2::NetworkAclEntry",
        "aws_default_security_group": "Terraform::EC2::DefaultSecurityGroup",
        "aws_vpc_security_group_egress_rule": "AWS::EC2::SecurityGroupEgress",
        "aws_subnet": "AWS::EC2::Subnet",
        "aws_route53_zone": "AWS::Route53::HostedZone",
        "aws_route53_query_log": "Terraform::Route53::QueryLog",
        "aws_route53_hosted_zone_dnssec": "AWS::Route53::DNSSEC",
        "aws_route53_key_signing_key": "AWS::Route53::KeySigningKey",
        "aws_elb": "AWS::ElasticLoadBalancing::LoadBalancer",
        "aws_wafv2_web_acl": "AWS::WAFv2::WebACL",
        "aws_wafv2_web_acl_logging_configuration": "AWS::WAFv2::LoggingConfiguration",
        "aws_ecs_task_definition": "AWS::ECS::TaskDefinition",
        "aws_ecs_cluster": "AWS::ECS::Cluster",
        "aws_ecs_account_setting_default": "Terraform::ECS::AccountSettingDefault",
        "aws_eks_node_group": "AWS::EKS::Nodegroup",
        "aws_ec2_serial_console_access": "Terraform::EC2::SerialConsoleAccess",
        "aws_config_configuration_recorder": "AWS::Config::ConfigurationRecorder",
        "aws_iam_role": "AWS::IAM::Role",
        "aws_iam_role_policy_attachment": "Terraform::IAM::RolePolicyAttachment",
        "aws_iam_group_policy_attachment": "Terraform::IAM::GroupPolicyAttachment",
        "aws_iam_role_policy_attachments_exclusive": "Terraform::IAM::RolePolicyAttachmentsExclusive",
        "aws_iam_access_key": "AWS::IAM::AccessKey",
        "aws_cloudwatch_log_metric_filter": "AWS::Logs::MetricFilter",
        "aws_cloudwatch_metric_alarm": "AWS::CloudWatch::Alarm",
        "aws_db_parameter_group": "AWS::RDS::DBParameterGroup",
        "aws_rds_cluster_parameter_group": "AWS::RDS::DBClusterParameterGroup",
        "aws_s3_bucket_cors_configuration": "Terraform::S3::BucketCorsConfiguration",
        "aws_kinesis_firehose_delivery_stream": "AWS::KinesisFirehose::DeliveryStream",
        "aws_secretsmanager_secret_rotation": "AWS::SecretsManager::RotationSchedule",
        "aws_api_gateway_method_settings": "Terraform::ApiGateway::MethodSettings",
        "aws_glue_security_configuration": "AWS::Glue::SecurityConfiguration",
        "aws_docdb_cluster_parameter_group": "AWS::DocDB::DBClusterParameterGroup",
        "aws_redshift_parameter_group": "AWS::Redshift::ClusterParameterGroup",
        "aws_ami_launch_permission": "Terraform::EC2::AMILaunchPermission",
        "aws_imagebuilder_distribution_configuration": "AWS::ImageBuilder::DistributionConfiguration",
        "aws_db_snapshot": "Terraform::RDS::DBSnapshot",
        "aws_db_cluster_snapshot": "Terraform::RDS::DBClusterSnapshot",
    ]
}

/// Turns a module's blocks into AWS values: attributes evaluated (unknown where Terraform would
/// need to apply), nested blocks as lists, and the resources each expression refers to.
private struct TerraformReader {
    let module: TerraformModule

    func endLine(of resource: TerraformResource) -> Int {
        let file = module.files.first { $0.path == resource.path }
        let block = file?.body.blocks.first { $0.line == resource.line && $0.labels == [resource.type, resource.name] }
        return block?.endLine ?? resource.line
    }

    func value(of body: HCLBody, line: Int, endLine: Int? = nil, path: String) -> AWSValue {
        var members: [AWSMember] = []
        for attribute in body.attributes {
            let expression = attribute.expression
            let evaluated = module.evaluate(expression)
            var value = Self.value(evaluated, line: attribute.line, endLine: expression.endLine, path: path)
            value.references = references(in: expression)
            if !evaluated.isKnown { value.literalText = literalText(of: expression) }
            members.append(AWSMember(key: attribute.name, value: value))
        }
        var blocksByType: [(type: String, blocks: [AWSValue])] = []
        func add(_ type: String, _ value: AWSValue) {
            if let index = blocksByType.firstIndex(where: { $0.type == type }) {
                blocksByType[index].blocks.append(value)
            } else {
                blocksByType.append((type, [value]))
            }
        }
        for block in body.blocks {
            if block.type == "dynamic", block.labels.count == 1 {
                for content in block.body.blocks(ofType: "content") {
                    add(block.labels[0], value(of: content.body, line: content.line, endLine: content.endLine, path: path))
                }
            } else if !["lifecycle", "provisioner", "connection", "timeouts"].contains(block.type) {
                add(block.type, value(of: block.body, line: block.line, endLine: block.endLine, path: path))
            }
        }
        for (type, blocks) in blocksByType {
            var list = AWSValue(.list(blocks), line: blocks[0].line, endLine: blocks.last?.endLine)
            list.path = path
            members.append(AWSMember(key: type, value: list))
        }
        var object = AWSValue(.object(members), line: line, endLine: endLine)
        object.path = path
        return object
    }

    private static func value(_ value: HCLValue, line: Int, endLine: Int, path: String) -> AWSValue {
        let content: AWSValue.Content
        switch value {
        case .list(let elements): content = .list(elements.map { Self.value($0, line: line, endLine: endLine, path: path) })
        case .object(let members):
            content = .object(members.keys.sorted().map {
                AWSMember(key: $0, value: Self.value(members[$0]!, line: line, endLine: endLine, path: path))
            })
        default: content = .scalar(value)
        }
        var result = AWSValue(content, line: line, endLine: endLine)
        result.path = path
        return result
    }

    /// The literal text of an expression, through the encoding functions scripts are wrapped in.
    private func literalText(of expression: HCLExpression) -> String? {
        if case .functionCall(let name, let arguments, _) = expression.kind, ["base64encode", "base64gzip"].contains(name), let first = arguments.first {
            return literalText(of: first)
        }
        // A list of templates (`["arn:${…}:policy/x"]`) keeps its elements' texts, one a line.
        let text = if case .tuple(let elements) = expression.kind {
            elements.compactMap { literalText(of: $0) }.joined(separator: "\n")
        } else {
            SecretText.literalText(of: expression, in: module)
        }
        return text.isEmpty ? nil : text
    }

    /// The addresses an expression refers to (`aws_vpc.main`, `data.x.y`, `module.vpc`), through locals.
    func references(in expression: HCLExpression) -> [String] {
        var found: [String] = []
        var visitedLocals = Set<String>()
        collect(expression, into: &found, visitedLocals: &visitedLocals, depth: 0)
        return found
    }

    private func collect(_ expression: HCLExpression, into found: inout [String], visitedLocals: inout Set<String>, depth: Int) {
        guard depth < HCLEvaluator.maximumDepth else { return }
        let next = depth + 1
        func visit(_ inner: HCLExpression) { collect(inner, into: &found, visitedLocals: &visitedLocals, depth: next) }
        func visit(_ traversers: [HCLTraverser]) {
            for case .index(let index) in traversers { visit(index) }
        }
        switch expression.kind {
        case .string, .number, .bool, .null:
            return
        case .template(let parts):
            visitTemplate(parts, visit)
        case .variable(let root, let traversers):
            visit(traversers)
            guard case .attribute(let first)? = traversers.first else { return }
            switch root {
            case "var", "each", "count", "path", "terraform", "self":
                return
            case "local":
                guard visitedLocals.insert(first).inserted,
                      let definition = module.localExpression(named: first) else { return }
                visit(definition)
            case "data":
                guard traversers.count >= 2, case .attribute(let name) = traversers[1] else { return }
                found.append("data.\(first).\(name)")
            default:
                found.append("\(root).\(first)")
            }
        case .traversal(let base, let traversers):
            visit(base)
            visit(traversers)
        case .functionCall(_, let arguments, _):
            arguments.forEach(visit)
        case .tuple(let elements):
            elements.forEach(visit)
        case .object(let items):
            for item in items {
                visit(item.key)
                visit(item.value)
            }
        case .unary(_, let operand):
            visit(operand)
        case .binary(_, let left, let right):
            visit(left)
            visit(right)
        case .conditional(let condition, let whenTrue, let whenFalse):
            visit(condition)
            visit(whenTrue)
            visit(whenFalse)
        case .forExpression(let loop):
            visit(loop.collection)
            visit(loop.result)
        case .parenthesized(let inner):
            visit(inner)
        }
    }

    private func visitTemplate(_ parts: [HCLTemplatePart], _ visit: (HCLExpression) -> Void) {
        for part in parts {
            switch part {
            case .text: continue
            case .interpolation(let expression): visit(expression)
            case .ifDirective(let condition, let then, let otherwise):
                visit(condition)
                visitTemplate(then, visit)
                visitTemplate(otherwise, visit)
            case .forDirective(_, _, let collection, let body):
                visit(collection)
                visitTemplate(body, visit)
            }
        }
    }
}
